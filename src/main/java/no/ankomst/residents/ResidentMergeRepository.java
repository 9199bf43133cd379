package no.ankomst.residents;

import static no.ankomst.db.Tables.IDENTITY_DOCUMENT;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.POLICE_REGISTRATION;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.ankomst.db.tables.Stay;
import no.ankomst.db.tables.records.PersonRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The writes of merging two records of one person, and what the merge rules read first. */
@Repository
class ResidentMergeRepository {

    /** A person's open stay, as the merge rules need it. */
    record OpenStay(long personId, String siteName) {
    }

    /** The household facts of one person record. */
    record Membership(long householdId, Relation relation) {
    }

    private final DSLContext db;

    ResidentMergeRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * Claims a record for a merge: bumps its version if it is still the one read and not merged, and
     * holds its row lock until the merge commits.
     */
    boolean claim(long id, int version) {
        return db.update(PERSON).set(PERSON.VERSION, PERSON.VERSION.plus(1))
                .where(PERSON.ID.eq(id).and(PERSON.VERSION.eq(version)).and(PERSON.MERGED_INTO.isNull()))
                .execute() == 1;
    }

    Optional<OpenStay> openStay(long personId) {
        return db.select(STAY.PERSON_ID, SITE.NAME).from(STAY).join(SITE).on(SITE.ID.eq(STAY.SITE_ID))
                .where(STAY.PERSON_ID.eq(personId).and(STAY.CHECKED_OUT_ON.isNull()))
                .fetchOptional(r -> new OpenStay(r.value1(), r.value2()));
    }

    /** Whether the duplicate's open stay shares days with any stay of the survivor. */
    boolean openStayOverlaps(long mergedId, long survivorId) {
        Stay other = STAY.as("other");
        return db.fetchExists(selectOne().from(STAY).where(STAY.PERSON_ID.eq(mergedId)
                .and(STAY.CHECKED_OUT_ON.isNull())
                .and(exists(selectOne().from(other).where(other.PERSON_ID.eq(survivorId)
                        .and(field("daterange({0}, {1}, '[)') && daterange({2}, {3}, '[)')", Boolean.class,
                                STAY.CHECKED_IN_ON, STAY.CHECKED_OUT_ON, other.CHECKED_IN_ON,
                                other.CHECKED_OUT_ON).isTrue()))))));
    }

    Membership membership(long personId) {
        return db.select(PERSON.HOUSEHOLD_ID, PERSON.RELATION_TO_HEAD).from(PERSON).where(PERSON.ID.eq(personId))
                .fetchSingle(r -> new Membership(r.value1(), Relation.valueOf(r.value2())));
    }

    int otherMembers(long householdId, long personId) {
        return db.fetchCount(PERSON, PERSON.HOUSEHOLD_ID.eq(householdId).and(PERSON.MERGED_INTO.isNull())
                .and(PERSON.ID.ne(personId)));
    }

    /** Marks the duplicate (and anything merged into it before) as merged into the survivor. */
    void markMerged(long mergedId, long survivorId, Instant now) {
        db.update(PERSON).set(PERSON.MERGED_INTO, survivorId).set(PERSON.UPDATED_AT, now)
                .where(PERSON.MERGED_INTO.eq(mergedId).or(PERSON.ID.eq(mergedId))).execute();
    }

    /** The survivor takes the duplicate's place in its household, with the same relation. */
    void takeMembership(long survivorId, long mergedId) {
        var merged = PERSON.as("merged");
        db.update(PERSON)
                .set(PERSON.HOUSEHOLD_ID, select(merged.HOUSEHOLD_ID).from(merged).where(merged.ID.eq(mergedId)))
                .set(PERSON.RELATION_TO_HEAD, select(merged.RELATION_TO_HEAD).from(merged).where(merged.ID.eq(mergedId)))
                .set(PERSON.SHARED_HOUSEHOLD_BEFORE_2022, select(merged.SHARED_HOUSEHOLD_BEFORE_2022).from(merged)
                        .where(merged.ID.eq(mergedId)))
                .where(PERSON.ID.eq(survivorId)).execute();
    }

    void makeHead(long personId) {
        db.update(PERSON).set(PERSON.RELATION_TO_HEAD, Relation.HEAD.name()).where(PERSON.ID.eq(personId)).execute();
    }

    int moveDocuments(long fromPersonId, long toPersonId) {
        return db.update(IDENTITY_DOCUMENT).set(IDENTITY_DOCUMENT.PERSON_ID, toPersonId)
                .where(IDENTITY_DOCUMENT.PERSON_ID.eq(fromPersonId)).execute();
    }

    int moveRegistrations(long fromPersonId, long toPersonId) {
        return db.update(POLICE_REGISTRATION).set(POLICE_REGISTRATION.PERSON_ID, toPersonId)
                .where(POLICE_REGISTRATION.PERSON_ID.eq(fromPersonId)).execute();
    }

    /**
     * The survivor keeps every value it has; what it lacks is taken from the duplicate (names in
     * Cyrillic, phone, arrival date, identity number, notes), and lists (citizenships, languages, needs)
     * are joined. Run after {@link #markMerged}, so the duplicate's identity number is free to take.
     *
     * @return the names of the fields that were filled in
     */
    List<String> takeOverBlanks(long survivorId, long mergedId, Instant now) {
        PersonRecord survivor = db.fetchSingle(PERSON, PERSON.ID.eq(survivorId));
        PersonRecord merged = db.fetchSingle(PERSON, PERSON.ID.eq(mergedId));
        List<String> taken = new ArrayList<>();
        if (survivor.getFamilyNameCyrillic() == null && merged.getFamilyNameCyrillic() != null) {
            survivor.setFamilyNameCyrillic(merged.getFamilyNameCyrillic());
            survivor.setGivenNamesCyrillic(merged.getGivenNamesCyrillic());
            taken.add("familyNameCyrillic");
        }
        if (survivor.getPhone() == null && merged.getPhone() != null) {
            survivor.setPhone(merged.getPhone());
            taken.add("phone");
        }
        if (survivor.getNeedsNote() == null && merged.getNeedsNote() != null) {
            survivor.setNeedsNote(merged.getNeedsNote());
            taken.add("needsNote");
        }
        if (survivor.getArrivalDate() == null && merged.getArrivalDate() != null
                && !merged.getArrivalDate().isBefore(survivor.getBirthDate())) {
            survivor.setArrivalDate(merged.getArrivalDate());
            taken.add("arrivalDate");
        }
        if (survivor.getIdentityNumber() == null && merged.getIdentityNumber() != null) {
            survivor.setIdentityNumber(merged.getIdentityNumber());
            taken.add("identityNumber");
        }
        joined(survivor.getCitizenships(), merged.getCitizenships(), "citizenships", taken)
                .ifPresent(survivor::setCitizenships);
        joined(survivor.getLanguages(), merged.getLanguages(), "languages", taken).ifPresent(survivor::setLanguages);
        joined(survivor.getNeeds(), merged.getNeeds(), "needs", taken).ifPresent(survivor::setNeeds);
        if (!taken.isEmpty()) {
            survivor.setSearchText(NameSearch.searchText(survivor.getFamilyName(), survivor.getGivenNames(),
                    survivor.getFamilyNameCyrillic(), survivor.getGivenNamesCyrillic()));
            survivor.setUpdatedAt(now);
            survivor.update();
        }
        return taken;
    }

    private static Optional<String[]> joined(String[] kept, String[] other, String field, List<String> taken) {
        Set<String> all = new LinkedHashSet<>(Arrays.asList(kept));
        if (!all.addAll(Arrays.asList(other))) {
            return Optional.empty();
        }
        taken.add(field);
        return Optional.of(all.toArray(String[]::new));
    }
}
