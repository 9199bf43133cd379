package no.ankomst.residents;

import static no.ankomst.db.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.ankomst.AnkomstTest;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ValidationException.Violation;
import no.ankomst.residents.RegistrationImportRecords.Preview;
import no.ankomst.residents.RegistrationImportRecords.ProgressListener;
import no.ankomst.residents.RegistrationImportRecords.RowError;
import no.ankomst.residents.ResidentRecords.NewResident;
import no.ankomst.residents.ResidentRecords.ResidentChange;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A name is only worth saving if the search box can find it again: the box takes text with a digit for
 * a number, and punctuation alone leaves nothing to match. Registration, edit and import share the rule.
 */
@AnkomstTest
@WithUserDetails("staff")
class NameRulesTest {

    private static final LocalDate BIRTH = LocalDate.of(1985, 4, 12);

    @Autowired
    ResidentService residents;
    @Autowired
    RegistrationImportService imports;
    @Autowired
    ResidentTestData data;
    @Autowired
    DSLContext db;

    private NewResident named(String family, String given, String familyCyrillic, String givenCyrillic) {
        return new NewResident(family, given, familyCyrillic, givenCyrillic, BIRTH, Sex.FEMALE, List.of("UA"),
                List.of("uk"), null, Set.of(), null, LocalDate.of(2025, 3, 1), null, null, null,
                data.site(ResidentTestData.RADE), null, null, false, null);
    }

    private static ResidentChange renamed(ResidentChange c, String family, String given) {
        return new ResidentChange(c.id(), c.version(), family, given, c.familyNameCyrillic(), c.givenNamesCyrillic(),
                c.birthDate(), c.sex(), c.citizenships(), c.languages(), c.phone(), c.needs(), c.needsNote(),
                c.arrivalDate(), c.identityNumber(), c.documents(), c.registrations());
    }

    @Test
    void a_digit_in_any_name_is_refused_at_registration_naming_the_field_and_nothing_is_saved() {
        String surname = ResidentTestData.surname();
        int before = db.fetchCount(PERSON);

        assertThatThrownBy(() -> residents.register(named(surname + "2", "Oks4na", "Коваленко1", "Оксана 2")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::ruleKey).containsExactlyInAnyOrder(
                                tuple("familyName", "validation.name.digits"),
                                tuple("givenNames", "validation.name.digits"),
                                tuple("familyNameCyrillic", "validation.name.digits"),
                                tuple("givenNamesCyrillic", "validation.name.digits")));
        assertThat(db.fetchCount(PERSON)).isEqualTo(before);
    }

    @Test
    void a_name_of_only_punctuation_or_symbols_is_refused_as_having_no_letter() {
        assertThatThrownBy(() -> residents.register(named("--", "'.", "ʼ", "★")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::ruleKey).containsExactlyInAnyOrder(
                                tuple("familyName", "validation.name.noLetter"),
                                tuple("givenNames", "validation.name.noLetter"),
                                tuple("familyNameCyrillic", "validation.name.noLetter"),
                                tuple("givenNamesCyrillic", "validation.name.noLetter")));
    }

    @Test
    void names_with_apostrophes_hyphens_and_cyrillic_are_saved_and_found_by_the_search() {
        String surname = ResidentTestData.surname();
        long id = residents.register(named(surname + "-Koval'chuk", "Anna Mariia", "Ковальчук", "Анна-Марія"))
                .personId();

        assertThat(residents.search(surname + " Koval'chuk", 20)).extracting(r -> r.id()).contains(id);
    }

    @Test
    void an_edit_cannot_put_a_digit_into_a_name_and_leaves_the_person_unchanged() {
        String surname = ResidentTestData.surname();
        long id = data.head(surname, "Oksana", BIRTH, ResidentTestData.RADE).personId();
        ResidentChange current = residents.forEdit(id);

        assertThatThrownBy(() -> residents.update(renamed(current, surname, "Oksana2")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::ruleKey)
                        .containsExactly(tuple("givenNames", "validation.name.digits")));
        assertThat(residents.detail(id).givenNames()).isEqualTo("Oksana");
    }

    @Test
    void an_imported_row_with_a_digit_in_a_name_is_an_error_of_its_column() {
        String surname = ResidentTestData.surname();
        String csv = "family_name,given_names,birth_date,sex\r\n" + surname + ",Olena,1990-01-01,F\r\n"
                + surname + ",Mykola 3,1991-01-01,M\r\n";

        Preview preview = imports.preview(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "names.csv",
                data.site(ResidentTestData.RADE), ProgressListener.none());

        assertThat(preview.errors()).extracting(RowError::row, RowError::column, RowError::ruleKey)
                .containsExactly(tuple(3, "given_names", "validation.name.digits"));
        assertThat(preview.validRows()).isEqualTo(1);
    }
}
