package no.ankomst.residents;

import static no.ankomst.db.Tables.HOUSEHOLD;
import static no.ankomst.db.Tables.PERSON;

import java.util.List;
import java.util.Optional;
import no.ankomst.security.Scope;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Households and who belongs to them. The household's version guards its membership (who is in it,
 * who heads it, each relation); a person's own version guards the person fields.
 */
@Repository
class HouseholdRepository {

    /** A current member and their relation to the head. */
    record Member(long personId, Relation relation) {
    }

    private final DSLContext db;
    private final ResidentScopeConditions scopes;

    HouseholdRepository(DSLContext db, ResidentScopeConditions scopes) {
        this.db = db;
        this.scopes = scopes;
    }

    /**
     * Claims the household for a change: bumps its version if it is still the one read, and holds its
     * row lock until the change commits, so two changes of one household never interleave.
     */
    boolean claim(long householdId, int version) {
        return db.update(HOUSEHOLD).set(HOUSEHOLD.VERSION, HOUSEHOLD.VERSION.plus(1))
                .where(HOUSEHOLD.ID.eq(householdId).and(HOUSEHOLD.VERSION.eq(version))).execute() == 1;
    }

    List<Member> members(long householdId) {
        return db.select(PERSON.ID, PERSON.RELATION_TO_HEAD).from(PERSON)
                .where(PERSON.HOUSEHOLD_ID.eq(householdId).and(PERSON.MERGED_INTO.isNull()))
                .orderBy(PERSON.ID)
                .fetch(r -> new Member(r.value1(), Relation.valueOf(r.value2())));
    }

    Optional<Long> householdOf(long personId) {
        return db.select(PERSON.HOUSEHOLD_ID).from(PERSON).where(PERSON.ID.eq(personId).and(PERSON.MERGED_INTO.isNull()))
                .fetchOptional(PERSON.HOUSEHOLD_ID);
    }

    /**
     * Administrators change any household; site staff one with a member staying at their site now
     * ({@link ResidentScopeConditions#changeableBy}).
     */
    boolean editable(Scope scope, long householdId) {
        if (scope.changesEveryone()) {
            return db.fetchExists(HOUSEHOLD, HOUSEHOLD.ID.eq(householdId));
        }
        return db.fetchExists(PERSON, PERSON.HOUSEHOLD_ID.eq(householdId).and(PERSON.MERGED_INTO.isNull())
                .and(scopes.changeableBy(scope, PERSON.ID)));
    }

    void setRelation(long personId, Relation relation) {
        db.update(PERSON).set(PERSON.RELATION_TO_HEAD, relation.name()).where(PERSON.ID.eq(personId)).execute();
    }

    void moveTo(long personId, long householdId, Relation relation, boolean sharedHouseholdBefore2022) {
        db.update(PERSON).set(PERSON.HOUSEHOLD_ID, householdId).set(PERSON.RELATION_TO_HEAD, relation.name())
                .set(PERSON.SHARED_HOUSEHOLD_BEFORE_2022, sharedHouseholdBefore2022)
                .where(PERSON.ID.eq(personId)).execute();
    }
}
