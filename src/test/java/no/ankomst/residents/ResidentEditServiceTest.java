package no.ankomst.residents;

import static no.ankomst.db.Tables.AUDIT_EVENT;
import static no.ankomst.db.Tables.IDENTITY_DOCUMENT;
import static no.ankomst.db.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.ankomst.AnkomstTest;
import no.ankomst.audit.AuditEntry;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.residents.ResidentRecords.DocumentEdit;
import no.ankomst.residents.ResidentRecords.DocumentInput;
import no.ankomst.residents.ResidentRecords.PoliceRegistrationInput;
import no.ankomst.residents.ResidentRecords.RegistrationEdit;
import no.ankomst.residents.ResidentRecords.ResidentChange;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@AnkomstTest
@WithUserDetails("staff")
class ResidentEditServiceTest {

    @Autowired
    ResidentTestData data;

    @Autowired
    ResidentService residents;
    @Autowired
    DSLContext db;
    @Autowired
    Clock clock;


    private static ResidentChange withPhone(ResidentChange c, String phone) {
        return new ResidentChange(c.id(), c.version(), c.familyName(), c.givenNames(), c.familyNameCyrillic(),
                c.givenNamesCyrillic(), c.birthDate(), c.sex(), c.citizenships(), c.languages(), phone, c.needs(),
                c.needsNote(), c.arrivalDate(), c.identityNumber(), c.documents(), c.registrations());
    }

    private static ResidentChange with(ResidentChange c, LocalDate birth, String identityNumber,
                                       List<DocumentEdit> documents, List<RegistrationEdit> registrations) {
        return new ResidentChange(c.id(), c.version(), c.familyName(), c.givenNames(), "Коваленко", "Оксана", birth,
                c.sex(), List.of("UA", "PL"), c.languages(), "+47 40000001", Set.of(Need.MEDICAL), "needs a ground floor",
                c.arrivalDate(), identityNumber, documents, registrations);
    }

    private int personVersion(long id) {
        return db.fetchValue(PERSON.VERSION, PERSON.ID.eq(id));
    }

    @Test
    void staff_edit_a_resident_at_their_site_and_the_audit_names_the_fields_but_not_the_values() {
        long id = data.head(ResidentTestData.surname(), "Oksana", LocalDate.of(1985, 4, 12), ResidentTestData.RADE)
                .personId();
        ResidentChange current = residents.forEdit(id);
        List<DocumentEdit> documents = new ArrayList<>(current.documents());
        String internalPassport = ResidentTestData.passport();
        documents.add(new DocumentEdit(null, new DocumentInput(DocumentType.INTERNAL_PASSPORT, internalPassport, "ua",
                null)));

        residents.update(with(current, current.birthDate(), current.identityNumber(), documents,
                current.registrations()));

        var detail = residents.detail(id);
        assertThat(detail.familyNameCyrillic()).isEqualTo("Коваленко");
        assertThat(detail.phone()).isEqualTo("+47 40000001");
        assertThat(detail.needs()).containsExactly(Need.MEDICAL);
        assertThat(detail.citizenships()).containsExactly("UA", "PL");
        assertThat(detail.documents()).extracting(d -> d.type(), d -> d.issuingCountry())
                .containsExactly(tuple(DocumentType.PASSPORT, "UA"), tuple(DocumentType.INTERNAL_PASSPORT, "UA"));
        assertThat(detail.version()).isEqualTo(current.version() + 1);
        assertThat(residents.search("Коваленко Оксана", 50)).extracting(r -> r.id()).contains(id);
        String summary = db.select(AUDIT_EVENT.SUMMARY).from(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("RESIDENT_CHANGED")
                .and(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(id)))).fetchSingle(AUDIT_EVENT.SUMMARY);
        assertThat(summary).contains("familyNameCyrillic", "phone", "needs", "citizenships", "documents (1 added)")
                .doesNotContain("40000001", "ground floor", internalPassport, "MEDICAL", "Коваленко");
    }

    @Test
    void bad_input_is_refused_field_by_field_and_row_by_row_and_nothing_is_saved() {
        long id = data.head(ResidentTestData.surname(), "Oksana", LocalDate.of(1985, 4, 12), ResidentTestData.RADE)
                .personId();
        ResidentChange current = residents.forEdit(id);
        DocumentInput passport = current.documents().getFirst().document();
        List<DocumentEdit> documents = List.of(current.documents().getFirst(),
                new DocumentEdit(null, new DocumentInput(DocumentType.PASSPORT, "AB1234567", "XX", null)),
                new DocumentEdit(null, passport));
        List<RegistrationEdit> registrations = List.of(new RegistrationEdit(current.registrations().getFirst().id(),
                new PoliceRegistrationInput(LocalDate.of(2025, 3, 1), " ", true, true, true, null, true)));
        int documentsBefore = db.fetchCount(IDENTITY_DOCUMENT, IDENTITY_DOCUMENT.PERSON_ID.eq(id));

        assertThatThrownBy(() -> residents.update(with(current, LocalDate.now(clock).plusDays(3), "31129956716",
                documents, registrations))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(ValidationException.Violation::field,
                        ValidationException.Violation::ruleKey).containsExactlyInAnyOrder(
                        tuple("birthDate", "validation.date.future"),
                        tuple("birthDate", "validation.birthDate.afterArrival"),
                        tuple("identityNumber", "validation.identityNumber.checkDigit2"),
                        tuple("documents.1.documentCountry", "validation.country.unknown"),
                        tuple("documents.2.documentNumber", "validation.document.twice"),
                        tuple("policeRegistrations.0.policeDistrict", "validation.required")));
        assertThat(personVersion(id)).isEqualTo(current.version());
        assertThat(residents.detail(id).phone()).isNull();
        assertThat(db.fetchCount(IDENTITY_DOCUMENT, IDENTITY_DOCUMENT.PERSON_ID.eq(id))).isEqualTo(documentsBefore);
    }

    @Test
    void the_own_numbers_are_not_taken_but_another_persons_are() {
        var other = data.head(ResidentTestData.surname(), "Petro", LocalDate.of(1979, 1, 2), ResidentTestData.RADE);
        ResidentChange otherPerson = residents.forEdit(other.personId());
        long id = data.head(ResidentTestData.surname(), "Oksana", LocalDate.of(1985, 4, 12), ResidentTestData.RADE)
                .personId();
        ResidentChange current = residents.forEdit(id);

        residents.update(withPhone(current, "+47 40000002"));
        ResidentChange again = residents.forEdit(id);
        List<DocumentEdit> othersPassport = List.of(new DocumentEdit(again.documents().getFirst().id(),
                otherPerson.documents().getFirst().document()));

        assertThatThrownBy(() -> residents.update(with(again, again.birthDate(), otherPerson.identityNumber(),
                othersPassport, again.registrations()))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(ValidationException.Violation::field,
                        ValidationException.Violation::ruleKey).containsExactlyInAnyOrder(
                        tuple("identityNumber", "validation.identityNumber.taken"),
                        tuple("documents.0.documentNumber", "validation.document.taken")));
        assertThat(residents.detail(id).phone()).isEqualTo("+47 40000002");
    }

    @Test
    void a_save_over_someone_elses_save_is_refused_as_a_conflict_and_theirs_stands() {
        long id = data.head(ResidentTestData.surname(), "Oksana", LocalDate.of(1985, 4, 12), ResidentTestData.RADE)
                .personId();
        ResidentChange mine = residents.forEdit(id);
        ResidentChange theirs = data.as("admin", () -> residents.forEdit(id));

        data.as("admin", () -> residents.update(withPhone(theirs, "+47 40000003")));

        assertThatThrownBy(() -> residents.update(withPhone(mine, "+47 40000004")))
                .isInstanceOf(ConflictException.class);
        assertThat(residents.detail(id).phone()).isEqualTo("+47 40000003");
    }

    @Test
    void only_administrators_and_staff_where_the_person_stays_now_may_edit() {
        long here = data.head(ResidentTestData.surname(), "Oksana", LocalDate.of(1985, 4, 12), ResidentTestData.RADE)
                .personId();
        long left = data.head(ResidentTestData.surname(), "Iryna", LocalDate.of(1975, 1, 1), ResidentTestData.RADE)
                .personId();
        data.checkOut(left);
        long elsewhere = data.head(ResidentTestData.surname(), "Maria", LocalDate.of(1990, 2, 2),
                ResidentTestData.HAUGESUND).personId();

        assertThat(residents.detail(here).editable()).isTrue();
        assertThat(residents.forEdit(here).id()).isEqualTo(here);
        // a past stay at the site: readable, not changeable
        assertThat(residents.detail(left).editable()).isFalse();
        assertThatThrownBy(() -> residents.forEdit(left)).isInstanceOf(AccessDeniedException.class);
        ResidentChange leftNow = data.as("admin", () -> residents.forEdit(left));
        assertThatThrownBy(() -> residents.update(withPhone(leftNow, "+47 40000005")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> residents.forEdit(elsewhere)).isInstanceOf(AccessDeniedException.class);
        for (String readOnly : List.of("manager", "health")) {
            ResidentChange hereNow = residents.forEdit(here);
            assertThatThrownBy(() -> data.as(readOnly, () -> residents.update(withPhone(hereNow, "+47 40000006"))))
                    .as(readOnly).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(data.as("manager", () -> residents.detail(here).editable())).isFalse();
        data.as("admin", () -> residents.update(withPhone(leftNow, "+47 40000007")));
        assertThat(residents.detail(left).phone()).isEqualTo("+47 40000007");
        assertThat(residents.detail(here).phone()).isNull();
    }

    @Test
    void the_history_shows_the_persons_changes_and_stays_newest_first_to_those_who_may_see_the_person() {
        long id = data.head(ResidentTestData.surname(), "Oksana", LocalDate.of(1985, 4, 12), ResidentTestData.RADE)
                .personId();
        residents.update(withPhone(residents.forEdit(id), "+47 40000008"));

        List<AuditEntry> history = residents.history(id, 0, 50);

        assertThat(history).extracting(AuditEntry::action)
                .containsExactly("RESIDENT_CHANGED", "RESIDENT_REGISTERED", "CHECKED_IN");
        assertThat(data.as("manager", () -> residents.history(id, 0, 50))).hasSize(3);
        assertThat(residents.history(id, 1, 1)).extracting(AuditEntry::action).containsExactly("RESIDENT_REGISTERED");
        assertThatThrownBy(() -> data.as("coordinator", () -> residents.history(id, 0, 50)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.as("health", () -> residents.history(id, 0, 50)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
