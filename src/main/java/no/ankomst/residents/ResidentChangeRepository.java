package no.ankomst.residents;

import static no.ankomst.db.Tables.IDENTITY_DOCUMENT;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.POLICE_REGISTRATION;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;
import static no.ankomst.residents.ResidentRepository.blankToNull;
import static no.ankomst.residents.ResidentRepository.normalizeDocumentNumber;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import no.ankomst.db.tables.Stay;
import no.ankomst.db.tables.records.PersonRecord;
import no.ankomst.residents.ResidentRecords.DocumentEdit;
import no.ankomst.residents.ResidentRecords.DocumentInput;
import no.ankomst.residents.ResidentRecords.PoliceRegistrationInput;
import no.ankomst.residents.ResidentRecords.RegistrationEdit;
import no.ankomst.residents.ResidentRecords.ResidentChange;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The writes of editing a person record and of merging two records of one person. */
@Repository
class ResidentChangeRepository {

    /** A person's open stay, as the merge rules need it. */
    record OpenStay(long personId, String siteName) {
    }

    /** The household facts of one person record. */
    record Membership(long householdId, Relation relation) {
    }

    private final DSLContext db;

    ResidentChangeRepository(DSLContext db) {
        this.db = db;
    }

    // ---- editing ---------------------------------------------------------------------------------

    /** The person as it is stored now, in the shape of an edit (what the edit form starts from). */
    Optional<ResidentChange> current(long id) {
        List<DocumentEdit> documents = db.selectFrom(IDENTITY_DOCUMENT).where(IDENTITY_DOCUMENT.PERSON_ID.eq(id))
                .orderBy(IDENTITY_DOCUMENT.ID)
                .fetch(d -> new DocumentEdit(d.getId(), new DocumentInput(DocumentType.valueOf(d.getType()),
                        d.getNumber(), d.getIssuingCountry(), d.getExpiryDate())));
        List<RegistrationEdit> registrations = db.selectFrom(POLICE_REGISTRATION)
                .where(POLICE_REGISTRATION.PERSON_ID.eq(id)).orderBy(POLICE_REGISTRATION.ID)
                .fetch(p -> new RegistrationEdit(p.getId(), new PoliceRegistrationInput(p.getRegisteredOn(),
                        p.getPoliceDistrict(), p.getAtArrivalCentre(), p.getFingerprintsTaken(), p.getPhotoTaken(),
                        p.getAsylumCardNumber(), p.getAskedForAccommodation())));
        return db.selectFrom(PERSON).where(PERSON.ID.eq(id).and(PERSON.MERGED_INTO.isNull()))
                .fetchOptional(p -> new ResidentChange(p.getId(), p.getVersion(), p.getFamilyName(), p.getGivenNames(),
                        p.getFamilyNameCyrillic(), p.getGivenNamesCyrillic(), p.getBirthDate(), Sex.valueOf(p.getSex()),
                        Arrays.asList(p.getCitizenships()), Arrays.asList(p.getLanguages()), p.getPhone(),
                        needs(p.getNeeds()), p.getNeedsNote(), p.getArrivalDate(), p.getIdentityNumber(), documents,
                        registrations));
    }

    /** @return false if the person changed since {@code change.version()} was read */
    boolean updatePerson(ResidentChange c, @Nullable String identityNumber, Instant now) {
        return db.update(PERSON)
                .set(PERSON.FAMILY_NAME, c.familyName().strip())
                .set(PERSON.GIVEN_NAMES, c.givenNames().strip())
                .set(PERSON.FAMILY_NAME_CYRILLIC, blankToNull(c.familyNameCyrillic()))
                .set(PERSON.GIVEN_NAMES_CYRILLIC, blankToNull(c.givenNamesCyrillic()))
                .set(PERSON.BIRTH_DATE, c.birthDate())
                .set(PERSON.SEX, Objects.requireNonNull(c.sex()).name())
                .set(PERSON.CITIZENSHIPS, c.citizenships().toArray(String[]::new))
                .set(PERSON.LANGUAGES, c.languages().toArray(String[]::new))
                .set(PERSON.PHONE, blankToNull(c.phone()))
                .set(PERSON.NEEDS, c.needs().stream().map(Enum::name).sorted().toArray(String[]::new))
                .set(PERSON.NEEDS_NOTE, blankToNull(c.needsNote()))
                .set(PERSON.ARRIVAL_DATE, c.arrivalDate())
                .set(PERSON.IDENTITY_NUMBER, identityNumber)
                .set(PERSON.SEARCH_TEXT, NameSearch.searchText(c.familyName(), c.givenNames(), c.familyNameCyrillic(),
                        c.givenNamesCyrillic()))
                .set(PERSON.VERSION, PERSON.VERSION.plus(1))
                .set(PERSON.UPDATED_AT, now)
                .where(PERSON.ID.eq(c.id()).and(PERSON.VERSION.eq(c.version())).and(PERSON.MERGED_INTO.isNull()))
                .execute() == 1;
    }

    /** Makes the person's documents what the edit lists: removes the others, updates and adds. */
    void replaceDocuments(long personId, List<DocumentEdit> documents) {
        Set<Long> kept = ids(documents.stream().map(DocumentEdit::id));
        db.deleteFrom(IDENTITY_DOCUMENT).where(IDENTITY_DOCUMENT.PERSON_ID.eq(personId)
                .and(IDENTITY_DOCUMENT.ID.notIn(kept))).execute();
        for (DocumentEdit edit : documents) {
            var row = ResidentRepository.documentRecord(personId, edit.document());
            if (edit.id() == null) {
                db.insertInto(IDENTITY_DOCUMENT).set(row).execute();
            } else {
                row.changed(IDENTITY_DOCUMENT.PERSON_ID, false);
                db.update(IDENTITY_DOCUMENT).set(row)
                        .where(IDENTITY_DOCUMENT.ID.eq(edit.id()).and(IDENTITY_DOCUMENT.PERSON_ID.eq(personId)))
                        .execute();
            }
        }
    }

    void replaceRegistrations(long personId, List<RegistrationEdit> registrations) {
        Set<Long> kept = ids(registrations.stream().map(RegistrationEdit::id));
        db.deleteFrom(POLICE_REGISTRATION).where(POLICE_REGISTRATION.PERSON_ID.eq(personId)
                .and(POLICE_REGISTRATION.ID.notIn(kept))).execute();
        for (RegistrationEdit edit : registrations) {
            var row = ResidentRepository.registrationRecord(personId, edit.registration());
            if (edit.id() == null) {
                db.insertInto(POLICE_REGISTRATION).set(row).execute();
            } else {
                row.changed(POLICE_REGISTRATION.PERSON_ID, false);
                db.update(POLICE_REGISTRATION).set(row)
                        .where(POLICE_REGISTRATION.ID.eq(edit.id()).and(POLICE_REGISTRATION.PERSON_ID.eq(personId)))
                        .execute();
            }
        }
    }

    /** What is already registered, not counting the person's own number, documents and cards. */
    RegistrationValidator.Registry registryExcept(long personId) {
        // only calls back into this repository: the queries stay here
        return new RegistrationValidator.Registry() {
            @Override
            public boolean identityNumberTaken(String identityNumber) {
                return identityNumberTakenByOther(identityNumber, personId);
            }

            @Override
            public boolean documentTaken(DocumentType type, String country, String number) {
                return documentTakenByOther(type, country, number, personId);
            }

            @Override
            public boolean cardNumberTaken(String cardNumber) {
                return cardNumberTakenByOther(cardNumber, personId);
            }

            @Override
            public boolean householdExists(long householdId) {
                throw new UnsupportedOperationException("an edit does not change the household");
            }

            @Override
            public boolean householdHasHead(long householdId) {
                throw new UnsupportedOperationException("an edit does not change the household");
            }
        };
    }

    private boolean identityNumberTakenByOther(String identityNumber, long personId) {
        return db.fetchExists(PERSON, PERSON.IDENTITY_NUMBER.eq(identityNumber)
                .and(PERSON.MERGED_INTO.isNull()).and(PERSON.ID.ne(personId)));
    }

    private boolean documentTakenByOther(DocumentType type, String country, String number, long personId) {
        return db.fetchExists(IDENTITY_DOCUMENT, IDENTITY_DOCUMENT.TYPE.eq(type.name())
                .and(IDENTITY_DOCUMENT.ISSUING_COUNTRY.eq(country.strip().toUpperCase()))
                .and(IDENTITY_DOCUMENT.NUMBER.eq(normalizeDocumentNumber(number)))
                .and(IDENTITY_DOCUMENT.PERSON_ID.ne(personId)));
    }

    private boolean cardNumberTakenByOther(String cardNumber, long personId) {
        return db.fetchExists(POLICE_REGISTRATION, POLICE_REGISTRATION.ASYLUM_CARD_NUMBER
                .eq(normalizeDocumentNumber(cardNumber)).and(POLICE_REGISTRATION.PERSON_ID.ne(personId)));
    }

    // ---- merging ---------------------------------------------------------------------------------

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

    private static Set<Long> ids(Stream<@Nullable Long> ids) {
        Set<Long> set = new LinkedHashSet<>();
        ids.filter(Objects::nonNull).forEach(set::add);
        return set;
    }

    private static Set<Need> needs(String[] values) {
        Set<Need> needs = EnumSet.noneOf(Need.class);
        for (String value : values) {
            needs.add(Need.valueOf(value));
        }
        return needs;
    }
}
