package no.ankomst.residents;

import static no.ankomst.db.Tables.HOUSEHOLD;
import static no.ankomst.db.Tables.IDENTITY_DOCUMENT;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.POLICE_REGISTRATION;
import static org.jooq.impl.DSL.row;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.ankomst.db.tables.records.IdentityDocumentRecord;
import no.ankomst.db.tables.records.PersonRecord;
import no.ankomst.db.tables.records.PoliceRegistrationRecord;
import no.ankomst.residents.ImportPass.ValidRow;
import no.ankomst.residents.ResidentRecords.NewResident;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The import's reads and writes, a chunk of rows per statement: one query per row would spend most of
 * a 10,000-row import on round trips.
 */
@Repository
class RegistrationImportRepository {

    /** A document as the unique index sees it: type, issuing country and normalised number. */
    record DocumentKey(DocumentType type, String country, String number) {
    }

    private final DSLContext db;

    RegistrationImportRepository(DSLContext db) {
        this.db = db;
    }

    Set<String> takenIdentityNumbers(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.select(PERSON.IDENTITY_NUMBER).from(PERSON)
                .where(PERSON.IDENTITY_NUMBER.in(numbers).and(PERSON.MERGED_INTO.isNull()))
                .fetch(PERSON.IDENTITY_NUMBER));
    }

    Set<String> takenCardNumbers(Collection<String> cards) {
        if (cards.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.select(POLICE_REGISTRATION.ASYLUM_CARD_NUMBER).from(POLICE_REGISTRATION)
                .where(POLICE_REGISTRATION.ASYLUM_CARD_NUMBER.in(cards))
                .fetch(POLICE_REGISTRATION.ASYLUM_CARD_NUMBER));
    }

    Set<DocumentKey> takenDocuments(Collection<DocumentKey> documents) {
        if (documents.isEmpty()) {
            return Set.of();
        }
        var keys = documents.stream().map(d -> row(d.type().name(), d.country(), d.number())).toList();
        return new HashSet<>(db.select(IDENTITY_DOCUMENT.TYPE, IDENTITY_DOCUMENT.ISSUING_COUNTRY, IDENTITY_DOCUMENT.NUMBER)
                .from(IDENTITY_DOCUMENT)
                .where(row(IDENTITY_DOCUMENT.TYPE, IDENTITY_DOCUMENT.ISSUING_COUNTRY, IDENTITY_DOCUMENT.NUMBER).in(keys))
                .fetch(r -> new DocumentKey(DocumentType.valueOf(r.value1()), r.value2(), r.value3())));
    }

    /** {@code count} new households without a private address; their ids in ascending order. */
    List<Long> insertHouseholds(int count) {
        if (count == 0) {
            return List.of();
        }
        var insert = db.insertInto(HOUSEHOLD, HOUSEHOLD.PRIVATE_ADDRESS);
        for (int i = 0; i < count; i++) {
            insert = insert.values((String) null);
        }
        return sorted(insert.returning(HOUSEHOLD.ID).fetch(HOUSEHOLD.ID));
    }

    /** The persons of {@code rows}, each in the household at the same position; their ids in that order. */
    List<Long> insertPersons(List<ValidRow> rows, List<Long> householdIds) {
        List<PersonRecord> persons = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ValidRow row = rows.get(i);
            NewResident r = row.resident();
            persons.add(ResidentRepository.personRecord(r, r.birthDate(), r.sex(), row.identityNumber(),
                    householdIds.get(i), row.relation()));
        }
        var insert = db.insertInto(PERSON).set(persons.getFirst());
        for (PersonRecord person : persons.subList(1, persons.size())) {
            insert = insert.newRecord().set(person);
        }
        return sorted(insert.returning(PERSON.ID).fetch(PERSON.ID));
    }

    /** The documents and police registrations of the persons just inserted ({@code personIds} by position). */
    void insertDocumentsAndRegistrations(List<ValidRow> rows, List<Long> personIds) {
        List<IdentityDocumentRecord> documents = new ArrayList<>();
        List<PoliceRegistrationRecord> registrations = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            NewResident r = rows.get(i).resident();
            if (r.document() != null) {
                documents.add(ResidentRepository.documentRecord(personIds.get(i), r.document()));
            }
            if (r.registration() != null) {
                registrations.add(ResidentRepository.registrationRecord(personIds.get(i), r.registration()));
            }
        }
        if (!documents.isEmpty()) {
            var insert = db.insertInto(IDENTITY_DOCUMENT).set(documents.getFirst());
            for (IdentityDocumentRecord document : documents.subList(1, documents.size())) {
                insert = insert.newRecord().set(document);
            }
            insert.execute();
        }
        if (!registrations.isEmpty()) {
            var insert = db.insertInto(POLICE_REGISTRATION).set(registrations.getFirst());
            for (PoliceRegistrationRecord registration : registrations.subList(1, registrations.size())) {
                insert = insert.newRecord().set(registration);
            }
            insert.execute();
        }
    }

    /**
     * An identity column numbers the rows of one multi-row insert in the order they are listed, so the
     * ascending ids map onto the input by position whatever order RETURNING gives them back in.
     */
    private static List<Long> sorted(List<Long> ids) {
        return ids.stream().sorted().toList();
    }
}
