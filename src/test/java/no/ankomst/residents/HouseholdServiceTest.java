package no.ankomst.residents;

import static no.ankomst.db.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import no.ankomst.AnkomstTest;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.residents.ResidentRecords.HeadChange;
import no.ankomst.residents.ResidentRecords.HouseholdMember;
import no.ankomst.residents.ResidentRecords.MemberMove;
import no.ankomst.residents.ResidentRecords.ResidentDetail;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

@AnkomstTest
@WithUserDetails("staff")
class HouseholdServiceTest {

    @Autowired
    ResidentTestData data;

    @Autowired
    HouseholdService households;
    @Autowired
    ResidentService residents;
    @Autowired
    DSLContext db;
    @Autowired
    TransactionTemplate transactions;


    /** Mother heading a household with an adult son and a daughter, all at Råde. */
    private record Family(long householdId, long mother, long son, long daughter) {
    }

    private Family family() {
        String surname = ResidentTestData.surname();
        var mother = data.head(surname, "Olena", LocalDate.of(1970, 5, 5), ResidentTestData.RADE);
        long son = data.member(mother.householdId(), surname, "Andrii", LocalDate.of(1995, 6, 6), Relation.CHILD,
                ResidentTestData.RADE);
        long daughter = data.member(mother.householdId(), surname, "Daryna", LocalDate.of(2010, 7, 7), Relation.CHILD,
                ResidentTestData.RADE);
        return new Family(mother.householdId(), mother.personId(), son, daughter);
    }

    private Map<Long, Relation> relations(long householdId) {
        return db.select(PERSON.ID, PERSON.RELATION_TO_HEAD).from(PERSON).where(PERSON.HOUSEHOLD_ID.eq(householdId)
                .and(PERSON.MERGED_INTO.isNull())).fetchMap(r -> r.value1(), r -> Relation.valueOf(r.value2()));
    }

    private int version(Family family) {
        return residents.detail(family.mother()).householdVersion();
    }

    @Test
    void the_relations_to_a_new_head_are_proposed_where_they_follow_plainly() {
        Family f = family();

        assertThat(households.proposedRelations(f.householdId(), f.son())).containsOnly(
                entry(f.mother(), Optional.of(Relation.PARENT)), entry(f.daughter(), Optional.of(Relation.SIBLING)));
    }

    @Test
    void a_new_head_takes_over_with_every_relation_confirmed_and_it_is_audited() {
        Family f = family();

        households.changeHead(new HeadChange(f.householdId(), version(f), f.son(),
                Map.of(f.mother(), Relation.PARENT, f.daughter(), Relation.SIBLING)));

        assertThat(relations(f.householdId())).containsOnly(entry(f.son(), Relation.HEAD),
                entry(f.mother(), Relation.PARENT), entry(f.daughter(), Relation.SIBLING));
        assertThat(residents.history(f.mother(), 0, 10)).extracting(e -> e.action()).first()
                .isEqualTo("HOUSEHOLD_HEAD_CHANGED");
    }

    @Test
    void a_head_change_missing_a_relation_or_naming_a_second_head_is_refused_and_nothing_changes() {
        Family f = family();
        Map<Long, Relation> before = relations(f.householdId());

        assertThatThrownBy(() -> households.changeHead(new HeadChange(f.householdId(), version(f), f.son(),
                Map.of(f.mother(), Relation.HEAD)))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(ValidationException.Violation::field,
                        ValidationException.Violation::ruleKey).containsExactlyInAnyOrder(
                        tuple("relations." + f.mother(), "validation.household.twoHeads"),
                        tuple("relations." + f.daughter(), "validation.required")));
        assertThatThrownBy(() -> households.changeHead(new HeadChange(f.householdId(), version(f), f.mother(),
                Map.of(f.son(), Relation.CHILD, f.daughter(), Relation.CHILD))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::ruleKey)
                        .containsExactly("validation.household.alreadyHead"));
        assertThat(relations(f.householdId())).isEqualTo(before);
        assertThat(version(f)).isZero();
    }

    @Test
    void a_head_change_on_a_household_changed_since_it_was_read_is_a_conflict() {
        Family f = family();
        int read = version(f);
        households.changeHead(new HeadChange(f.householdId(), read, f.son(),
                Map.of(f.mother(), Relation.PARENT, f.daughter(), Relation.SIBLING)));

        assertThatThrownBy(() -> households.changeHead(new HeadChange(f.householdId(), read, f.daughter(),
                Map.of(f.mother(), Relation.PARENT, f.son(), Relation.SIBLING)))).isInstanceOf(ConflictException.class);
        assertThat(relations(f.householdId())).containsEntry(f.son(), Relation.HEAD);
    }

    @Test
    void the_database_refuses_a_household_with_two_heads_or_with_none() {
        Family f = family();

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> db.update(PERSON)
                .set(PERSON.RELATION_TO_HEAD, "HEAD").where(PERSON.ID.eq(f.son())).execute()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("person_one_head_uq");
        // the check for "at least one" runs at commit, so a head change may take two statements
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> db.update(PERSON)
                .set(PERSON.RELATION_TO_HEAD, "SPOUSE").where(PERSON.ID.eq(f.mother())).execute()))
                .hasMessageContaining("has 0 heads among 3 members");
        assertThat(relations(f.householdId())).containsEntry(f.mother(), Relation.HEAD)
                .containsEntry(f.son(), Relation.CHILD);
    }

    @Test
    void a_member_moves_to_another_household_only_with_a_relation_to_its_head() {
        Family f = family();
        String surname = ResidentTestData.surname();
        var aunt = data.head(surname, "Halyna", LocalDate.of(1968, 3, 3), ResidentTestData.RADE);
        int auntVersion = residents.detail(aunt.personId()).householdVersion();

        assertThatThrownBy(() -> households.moveMember(new MemberMove(f.daughter(), version(f), aunt.householdId(),
                auntVersion, null, false, null))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(ValidationException.Violation::field,
                        ValidationException.Violation::ruleKey).containsExactly(tuple("relation", "validation.required")));
        assertThatThrownBy(() -> households.moveMember(new MemberMove(f.daughter(), version(f), aunt.householdId(),
                auntVersion, Relation.HEAD, false, null))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(ValidationException.Violation::ruleKey)
                        .containsExactly("validation.household.twoHeads"));

        households.moveMember(new MemberMove(f.daughter(), version(f), aunt.householdId(), auntVersion,
                Relation.OTHER, true, null));

        ResidentDetail daughter = residents.detail(f.daughter());
        assertThat(daughter.householdId()).isEqualTo(aunt.householdId());
        assertThat(daughter.relation()).isEqualTo(Relation.OTHER);
        assertThat(daughter.household()).extracting(HouseholdMember::personId)
                .containsExactlyInAnyOrder(aunt.personId(), f.daughter());
        assertThat(residents.detail(f.mother()).household()).hasSize(2);
        assertThat(residents.history(f.daughter(), 0, 1)).extracting(e -> e.action())
                .containsExactly("HOUSEHOLD_MEMBER_MOVED");
    }

    @Test
    void the_head_leaves_others_behind_only_naming_their_new_head_in_the_same_action() {
        Family f = family();
        var partner = data.head(ResidentTestData.surname(), "Taras", LocalDate.of(1969, 9, 9), ResidentTestData.RADE);
        int partnerVersion = residents.detail(partner.personId()).householdVersion();
        Map<Long, Relation> before = relations(f.householdId());

        assertThatThrownBy(() -> households.moveMember(new MemberMove(f.mother(), version(f), partner.householdId(),
                partnerVersion, Relation.SPOUSE, true, null))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(ValidationException.Violation::field,
                        ValidationException.Violation::ruleKey)
                        .containsExactly(tuple("newHead", "validation.household.headLeaves")));
        assertThat(relations(f.householdId())).isEqualTo(before);

        households.moveMember(new MemberMove(f.mother(), version(f), partner.householdId(), partnerVersion,
                Relation.SPOUSE, true, new HeadChange(f.householdId(), version(f), f.son(),
                Map.of(f.daughter(), Relation.SIBLING))));

        assertThat(relations(f.householdId())).containsOnly(entry(f.son(), Relation.HEAD),
                entry(f.daughter(), Relation.SIBLING));
        assertThat(relations(partner.householdId())).containsOnly(entry(partner.personId(), Relation.HEAD),
                entry(f.mother(), Relation.SPOUSE));
    }

    @Test
    void managers_and_health_staff_read_households_but_cannot_change_them() {
        Family f = family();
        for (String readOnly : java.util.List.of("manager", "health")) {
            assertThatThrownBy(() -> data.as(readOnly, () -> households.changeHead(new HeadChange(f.householdId(),
                    version(f), f.son(), Map.of(f.mother(), Relation.PARENT, f.daughter(), Relation.SIBLING)))))
                    .as(readOnly).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(relations(f.householdId())).containsEntry(f.mother(), Relation.HEAD);
    }
}
