package no.ankomst.residents;

import static no.ankomst.db.Tables.IDENTITY_DOCUMENT;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.POLICE_REGISTRATION;
import static no.ankomst.residents.ResidentRepository.blankToNull;
import static no.ankomst.residents.ResidentRepository.normalizeDocumentNumber;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import no.ankomst.residents.ResidentRecords.DocumentEdit;
import no.ankomst.residents.ResidentRecords.DocumentInput;
import no.ankomst.residents.ResidentRecords.PoliceRegistrationInput;
import no.ankomst.residents.ResidentRecords.RegistrationEdit;
import no.ankomst.residents.ResidentRecords.ResidentChange;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The writes of editing a person record; merging two records is {@link ResidentMergeRepository}'s. */
@Repository
class ResidentChangeRepository {

    private final DSLContext db;

    ResidentChangeRepository(DSLContext db) {
        this.db = db;
    }

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
                        Need.fromNames(p.getNeeds()), p.getNeedsNote(), p.getArrivalDate(), p.getIdentityNumber(), documents,
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

    private static Set<Long> ids(Stream<@Nullable Long> ids) {
        Set<Long> set = new LinkedHashSet<>();
        ids.filter(Objects::nonNull).forEach(set::add);
        return set;
    }
}
