package no.ankomst.residents;

import static no.ankomst.db.Tables.AUDIT_EVENT;
import static no.ankomst.db.Tables.IDENTITY_DOCUMENT;
import static no.ankomst.db.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import no.ankomst.AnkomstTest;
import no.ankomst.accommodation.CheckoutReason;
import no.ankomst.accommodation.StayService;
import no.ankomst.audit.AuditEntry;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.residents.ResidentRecords.MergeRequest;
import no.ankomst.residents.ResidentRecords.MergedRecord;
import no.ankomst.residents.ResidentRecords.ResidentDetail;
import no.ankomst.residents.ResidentRecords.ResidentRow;
import no.ankomst.residents.ResidentRecords.StayLine;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@AnkomstTest
@WithUserDetails("staff")
class ResidentMergeServiceTest {

    @Autowired
    ResidentTestData data;

    @Autowired
    ResidentMergeService merges;
    @Autowired
    ResidentService residents;
    @Autowired
    StayService stays;
    @Autowired
    DSLContext db;


    private int version(long id) {
        return db.fetchValue(PERSON.VERSION, PERSON.ID.eq(id));
    }

    private MergeRequest keep(long survivor, long merged) {
        return new MergeRequest(survivor, version(survivor), merged, version(merged));
    }

    @Test
    void the_duplicate_is_kept_as_history_its_papers_move_and_its_address_leads_to_the_survivor() {
        String surname = ResidentTestData.surname();
        LocalDate birth = LocalDate.of(1988, 8, 8);
        long survivor = data.plainHead(surname, "Oleksandr", birth, ResidentTestData.RADE).personId();
        long duplicate = data.head(surname, "Oleksandr", birth, ResidentTestData.RADE).personId();
        String number = residents.detail(duplicate).identityNumber();
        // the duplicate's stay is checked out first: one person sleeps in one place
        data.checkOut(duplicate);

        merges.merge(keep(survivor, duplicate));

        ResidentDetail merged = residents.detail(survivor);
        assertThat(merged.identityNumber()).isEqualTo(number);
        assertThat(merged.documents()).hasSize(1);
        assertThat(merged.registrations()).hasSize(1);
        assertThat(merged.mergedRecords()).extracting(MergedRecord::id, MergedRecord::identityNumber)
                .containsExactly(tuple(duplicate, number));
        // the same days recorded twice: the duplicate's stay stays with it, shown as history
        assertThat(merged.stays()).extracting(StayLine::fromMergedRecord).containsExactlyInAnyOrder(false, true);
        assertThat(db.fetchValue(PERSON.MERGED_INTO, PERSON.ID.eq(duplicate))).isEqualTo(survivor);
        assertThat(residents.survivorOf(duplicate)).contains(survivor);
        assertThat(residents.search(surname + " Oleksandr", 10)).extracting(ResidentRow::id).contains(survivor)
                .doesNotContain(duplicate);
        assertThat(residents.search(number, 10)).extracting(ResidentRow::id).containsExactly(survivor);
        assertThat(db.fetchValue(AUDIT_EVENT.SUMMARY, AUDIT_EVENT.ACTION.eq("RESIDENTS_MERGED")
                .and(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(survivor)))))
                .contains("merged person " + duplicate + " into person " + survivor);
        assertThat(residents.history(survivor, 0, 50)).extracting(AuditEntry::action)
                .contains("RESIDENTS_MERGED", "RESIDENT_REGISTERED", "CHECKED_OUT").first()
                .isEqualTo("RESIDENTS_MERGED");
    }

    @Test
    void stays_on_other_days_move_to_the_survivor() {
        String surname = ResidentTestData.surname();
        LocalDate birth = LocalDate.of(1992, 2, 2);
        long survivor = data.plainHead(surname, "Iryna", birth, ResidentTestData.RADE).personId();
        long duplicate = data.plainHead(surname, "Iryna", birth, null).personId();
        data.as("admin", () -> {
            long stay = stays.checkIn(duplicate, data.site(ResidentTestData.HAUGESUND), null, LocalDate.of(2025, 1, 10));
            stays.checkOut(stay, LocalDate.of(2025, 2, 1), CheckoutReason.TRANSFERRED);
        });

        data.as("admin", () -> merges.merge(keep(survivor, duplicate)));

        assertThat(residents.detail(survivor).stays()).extracting(StayLine::siteName, StayLine::fromMergedRecord)
                .containsExactly(tuple(ResidentTestData.RADE, false), tuple(ResidentTestData.HAUGESUND, false));
    }

    @Test
    void two_open_stays_refuse_the_merge_and_nothing_is_changed() {
        String surname = ResidentTestData.surname();
        LocalDate birth = LocalDate.of(1980, 1, 1);
        long survivor = data.plainHead(surname, "Petro", birth, ResidentTestData.RADE).personId();
        long duplicate = data.head(surname, "Petro", birth, ResidentTestData.RADE).personId();
        int survivorVersion = version(survivor);
        int duplicateVersion = version(duplicate);

        assertThat(merges.compare(survivor, duplicate).refusals()).extracting(ValidationException.Violation::ruleKey)
                .containsExactly("validation.merge.bothOpen");
        assertThatThrownBy(() -> merges.merge(keep(survivor, duplicate)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::field, ValidationException.Violation::ruleKey)
                        .containsExactly(tuple("stays", "validation.merge.bothOpen")));
        assertThat(db.fetchValue(PERSON.MERGED_INTO, PERSON.ID.eq(duplicate))).isNull();
        assertThat(db.fetchCount(IDENTITY_DOCUMENT, IDENTITY_DOCUMENT.PERSON_ID.eq(duplicate))).isEqualTo(1);
        assertThat(version(survivor)).isEqualTo(survivorVersion);
        assertThat(version(duplicate)).isEqualTo(duplicateVersion);
    }

    @Test
    void the_duplicates_open_stay_on_days_the_survivor_also_stayed_asks_to_keep_the_other_record() {
        String surname = ResidentTestData.surname();
        LocalDate birth = LocalDate.of(1983, 3, 3);
        long checkedOut = data.plainHead(surname, "Vasyl", birth, ResidentTestData.RADE).personId();
        long current = data.plainHead(surname, "Vasyl", birth, ResidentTestData.RADE).personId();
        data.checkOut(checkedOut);

        assertThatThrownBy(() -> merges.merge(keep(checkedOut, current)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::ruleKey)
                        .containsExactly("validation.merge.openStayOverlaps"));

        merges.merge(keep(current, checkedOut));
        assertThat(residents.detail(current).stays()).filteredOn(s -> s.checkedOutOn() == null)
                .singleElement().satisfies(s -> assertThat(s.fromMergedRecord()).isFalse());
    }

    @Test
    void a_record_changed_since_the_comparison_is_a_conflict_and_neither_record_is_half_changed() {
        String surname = ResidentTestData.surname();
        LocalDate birth = LocalDate.of(1986, 6, 6);
        long survivor = data.plainHead(surname, "Ivan", birth, ResidentTestData.RADE).personId();
        long duplicate = data.head(surname, "Ivan", birth, ResidentTestData.RADE).personId();
        data.checkOut(duplicate);
        MergeRequest stale = new MergeRequest(survivor, version(survivor), duplicate, version(duplicate) - 1);
        int survivorVersion = version(survivor);

        assertThatThrownBy(() -> merges.merge(stale)).isInstanceOf(ConflictException.class);
        assertThat(version(survivor)).isEqualTo(survivorVersion);
        assertThat(db.fetchValue(PERSON.MERGED_INTO, PERSON.ID.eq(duplicate))).isNull();
        assertThat(residents.detail(survivor).identityNumber()).isNull();
    }

    @Test
    void when_only_the_duplicate_lived_with_family_the_survivor_takes_its_place_and_two_families_are_refused() {
        String surname = ResidentTestData.surname();
        LocalDate birth = LocalDate.of(1978, 7, 7);
        long survivor = data.plainHead(surname, "Mykola", birth, ResidentTestData.RADE).personId();
        var duplicate = data.head(surname, "Mykola", birth, ResidentTestData.RADE);
        long child = data.member(duplicate.householdId(), surname, "Dmytro", LocalDate.of(2012, 1, 1), Relation.CHILD,
                ResidentTestData.RADE);
        data.checkOut(duplicate.personId());

        merges.merge(keep(survivor, duplicate.personId()));

        ResidentDetail head = residents.detail(survivor);
        assertThat(head.householdId()).isEqualTo(duplicate.householdId());
        assertThat(head.relation()).isEqualTo(Relation.HEAD);
        assertThat(residents.detail(child).household()).extracting(m -> m.personId(), m -> m.relation())
                .containsExactlyInAnyOrder(tuple(survivor, Relation.HEAD), tuple(child, Relation.CHILD));

        var otherFamily = data.head(ResidentTestData.surname(), "Mykola", birth, ResidentTestData.RADE);
        data.member(otherFamily.householdId(), surname, "Sofiia", LocalDate.of(2014, 1, 1), Relation.CHILD, null);
        data.checkOut(otherFamily.personId());
        assertThatThrownBy(() -> merges.merge(keep(survivor, otherFamily.personId())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::ruleKey)
                        .containsExactly("validation.merge.householdMembers"));
    }

    @Test
    void managers_may_not_merge_and_staff_only_when_one_record_stays_at_their_site_now() {
        String surname = ResidentTestData.surname();
        LocalDate birth = LocalDate.of(1984, 4, 4);
        long one = data.plainHead(surname, "Roman", birth, ResidentTestData.RADE).personId();
        long other = data.plainHead(surname, "Roman", birth, ResidentTestData.RADE).personId();
        data.checkOut(one);
        data.checkOut(other);

        assertThatThrownBy(() -> merges.merge(keep(one, other))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.as("manager", () -> merges.merge(keep(one, other))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> merges.merge(keep(one, one))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(ValidationException.Violation::ruleKey)
                        .containsExactly("validation.merge.same"));
        data.as("admin", () -> merges.merge(keep(one, other)));
        assertThat(residents.survivorOf(other)).contains(one);
    }
}
