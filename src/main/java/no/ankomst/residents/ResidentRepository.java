package no.ankomst.residents;

import static no.ankomst.db.Tables.FORMER_IDENTITY_NUMBER;
import static no.ankomst.db.Tables.HOUSEHOLD;
import static no.ankomst.db.Tables.IDENTITY_DOCUMENT;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.POLICE_REGISTRATION;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.ankomst.db.tables.records.IdentityDocumentRecord;
import no.ankomst.db.tables.records.PersonRecord;
import no.ankomst.db.tables.records.PoliceRegistrationRecord;
import no.ankomst.residents.ResidentRecords.DocumentInput;
import no.ankomst.residents.ResidentRecords.NewResident;
import no.ankomst.residents.ResidentRecords.PoliceRegistrationInput;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The writes of registering people (person, household, documents, police registrations), what a
 * registration checks is free, and a person's identity number being replaced. Listing and searching are
 * {@link ResidentListRepository}'s, one person's detail and visibility {@link ResidentDetailRepository}'s.
 */
@Repository
class ResidentRepository implements RegistrationValidator.Registry {

    private final DSLContext db;

    ResidentRepository(DSLContext db) {
        this.db = db;
    }

    long insertHousehold(@Nullable String privateAddress) {
        return db.insertInto(HOUSEHOLD).set(HOUSEHOLD.PRIVATE_ADDRESS, privateAddress)
                .returning(HOUSEHOLD.ID).fetchSingle(HOUSEHOLD.ID);
    }

    long insertPerson(NewResident r, LocalDate birthDate, Sex sex, @Nullable String identityNumber, long householdId,
                      Relation relation) {
        return db.insertInto(PERSON).set(personRecord(r, birthDate, sex, identityNumber, householdId, relation))
                .returning(PERSON.ID).fetchSingle(PERSON.ID);
    }

    void insertDocument(long personId, DocumentInput document) {
        db.insertInto(IDENTITY_DOCUMENT).set(documentRecord(personId, document)).execute();
    }

    void insertRegistration(long personId, PoliceRegistrationInput registration) {
        db.insertInto(POLICE_REGISTRATION).set(registrationRecord(personId, registration)).execute();
    }

    /** The row of one person, shared by the registration and the batched import so both store the same. */
    static PersonRecord personRecord(NewResident r, LocalDate birthDate, Sex sex, @Nullable String identityNumber,
                                     long householdId, Relation relation) {
        PersonRecord person = new PersonRecord();
        person.setFamilyName(r.familyName().strip());
        person.setGivenNames(r.givenNames().strip());
        person.setFamilyNameCyrillic(blankToNull(r.familyNameCyrillic()));
        person.setGivenNamesCyrillic(blankToNull(r.givenNamesCyrillic()));
        person.setBirthDate(birthDate);
        person.setSex(sex.name());
        person.setCitizenships(r.citizenships().toArray(String[]::new));
        person.setLanguages(r.languages().toArray(String[]::new));
        person.setPhone(blankToNull(r.phone()));
        person.setNeeds(r.needs().stream().map(Enum::name).sorted().toArray(String[]::new));
        person.setNeedsNote(blankToNull(r.needsNote()));
        person.setArrivalDate(r.arrivalDate());
        person.setIdentityNumber(identityNumber);
        person.setHouseholdId(householdId);
        person.setRelationToHead(relation.name());
        person.setSharedHouseholdBefore_2022(r.sharedHouseholdBefore2022());
        person.setSearchText(NameSearch.searchText(r.familyName(), r.givenNames(), r.familyNameCyrillic(),
                r.givenNamesCyrillic()));
        return person;
    }

    static IdentityDocumentRecord documentRecord(long personId, DocumentInput document) {
        IdentityDocumentRecord row = new IdentityDocumentRecord();
        row.setPersonId(personId);
        row.setType(document.type().name());
        row.setNumber(normalizeDocumentNumber(document.number()));
        row.setIssuingCountry(document.issuingCountry().strip().toUpperCase());
        row.setExpiryDate(document.expiryDate());
        return row;
    }

    static PoliceRegistrationRecord registrationRecord(long personId, PoliceRegistrationInput registration) {
        PoliceRegistrationRecord row = new PoliceRegistrationRecord();
        row.setPersonId(personId);
        row.setRegisteredOn(registration.registeredOn());
        row.setPoliceDistrict(registration.policeDistrict().strip());
        row.setAtArrivalCentre(registration.atArrivalCentre());
        row.setFingerprintsTaken(registration.fingerprintsTaken());
        row.setPhotoTaken(registration.photoTaken());
        row.setAsylumCardNumber(blankToNull(registration.asylumCardNumber()) == null
                ? null : normalizeDocumentNumber(registration.asylumCardNumber()));
        row.setAskedForAccommodation(registration.askedForAccommodation());
        return row;
    }

    @Override
    public boolean householdExists(long householdId) {
        return db.fetchExists(HOUSEHOLD, HOUSEHOLD.ID.eq(householdId));
    }

    @Override
    public boolean householdHasHead(long householdId) {
        return db.fetchExists(PERSON, PERSON.HOUSEHOLD_ID.eq(householdId).and(PERSON.RELATION_TO_HEAD.eq("HEAD"))
                .and(PERSON.MERGED_INTO.isNull()));
    }

    Optional<Long> householdHead(long householdId) {
        return db.select(PERSON.ID).from(PERSON).where(PERSON.HOUSEHOLD_ID.eq(householdId)
                .and(PERSON.RELATION_TO_HEAD.eq("HEAD")).and(PERSON.MERGED_INTO.isNull())).fetchOptional(PERSON.ID);
    }

    @Override
    public boolean identityNumberTaken(String identityNumber) {
        return db.fetchExists(PERSON, PERSON.IDENTITY_NUMBER.eq(identityNumber).and(PERSON.MERGED_INTO.isNull()));
    }

    @Override
    public boolean documentTaken(DocumentType type, String country, String number) {
        return db.fetchExists(IDENTITY_DOCUMENT, IDENTITY_DOCUMENT.TYPE.eq(type.name())
                .and(IDENTITY_DOCUMENT.ISSUING_COUNTRY.eq(country.strip().toUpperCase()))
                .and(IDENTITY_DOCUMENT.NUMBER.eq(normalizeDocumentNumber(number))));
    }

    @Override
    public boolean cardNumberTaken(String cardNumber) {
        return db.fetchExists(POLICE_REGISTRATION,
                POLICE_REGISTRATION.ASYLUM_CARD_NUMBER.eq(normalizeDocumentNumber(cardNumber)));
    }
    // ---- identity number replaced (a fødselsnummer after a grant; the old number kept) -------------

    Optional<String> identityNumberOf(long personId) {
        return db.select(PERSON.IDENTITY_NUMBER).from(PERSON).where(PERSON.ID.eq(personId))
                .fetchOptional(PERSON.IDENTITY_NUMBER);
    }

    void replaceIdentityNumber(long personId, @Nullable String formerNumber, String newNumber, LocalDate on,
                               Instant at) {
        if (formerNumber != null) {
            db.insertInto(FORMER_IDENTITY_NUMBER).set(FORMER_IDENTITY_NUMBER.PERSON_ID, personId)
                    .set(FORMER_IDENTITY_NUMBER.IDENTITY_NUMBER, formerNumber)
                    .set(FORMER_IDENTITY_NUMBER.REPLACED_ON, on).execute();
        }
        db.update(PERSON).set(PERSON.IDENTITY_NUMBER, newNumber).set(PERSON.VERSION, PERSON.VERSION.plus(1))
                .set(PERSON.UPDATED_AT, at).where(PERSON.ID.eq(personId)).execute();
    }

    List<String> formerIdentityNumbers(long personId) {
        return db.select(FORMER_IDENTITY_NUMBER.IDENTITY_NUMBER).from(FORMER_IDENTITY_NUMBER)
                .where(FORMER_IDENTITY_NUMBER.PERSON_ID.eq(personId))
                .orderBy(FORMER_IDENTITY_NUMBER.REPLACED_ON, FORMER_IDENTITY_NUMBER.ID)
                .fetch(FORMER_IDENTITY_NUMBER.IDENTITY_NUMBER);
    }

    static String normalizeDocumentNumber(String number) {
        return number.replace(" ", "").strip().toUpperCase();
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
