package no.ankomst.schooling;

import static no.ankomst.db.Tables.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.ankomst.AnkomstTest;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.schooling.SchoolingRecords.ImportProblem;
import no.ankomst.schooling.SchoolingRecords.SchoolDraft;
import no.ankomst.schooling.SchoolingRecords.SchoolFilter;
import no.ankomst.schooling.SchoolingRecords.SchoolImportPreview;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Administrators keep schools: one by one, or a CSV file whose problems are named by row and field. */
@AnkomstTest
@WithUserDetails("admin")
class SchoolServiceTest {

    @Autowired
    SchoolService schools;
    @Autowired
    DSLContext db;

    private static String unique(String name) {
        return name + " " + System.nanoTime() % 10_000_000;
    }

    @Test
    void a_school_is_created_changed_and_a_second_of_the_same_name_in_the_municipality_refused() {
        String name = unique("Sentrum skole");
        long id = schools.create(new SchoolDraft("0301", name, null, true, false, true));
        assertThatThrownBy(() -> schools.create(new SchoolDraft("0301", name.toUpperCase(), null, true, false, true)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.ruleKey()).containsExactly("name:validation.school.nameTaken"));
        // the same name in another municipality is another school
        assertThat(schools.create(new SchoolDraft("1106", name, null, true, false, true))).isPositive();

        schools.change(id, 0, new SchoolDraft("0301", name, String.format("%09d", System.nanoTime() % 1_000_000_000L), true,
                true, false));
        assertThat(db.fetchSingle(SCHOOL, SCHOOL.ID.eq(id)).getActive()).isFalse();
        assertThatThrownBy(() -> schools.change(id, 0, new SchoolDraft("0301", name, null, true, true, true)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void a_school_in_an_unknown_municipality_or_without_levels_is_refused() {
        assertThatThrownBy(() -> schools.create(new SchoolDraft("9999", unique("X skole"), "12", false, false, true)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.ruleKey()).containsExactlyInAnyOrder(
                                "municipality:validation.municipality.unknown", "levels:validation.school.noLevel",
                                "orgNumber:validation.school.orgNumber"));
    }

    @Test
    void a_csv_with_problems_names_each_row_and_field_and_saves_nothing() {
        String good = unique("Haugesund barneskole");
        String csv = """
                municipality_code;name;levels;org_number
                1106;%s;1-7;
                9999;Ukjent skole;1-10;
                0301;;8-10;
                0301;Alna skole x;5-9;12345
                """.formatted(good);
        int before = db.fetchCount(SCHOOL);

        SchoolImportPreview preview = schools.previewImport(csv);

        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::field, ImportProblem::ruleKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "municipality_code", "validation.municipality.unknown"),
                        org.assertj.core.groups.Tuple.tuple(3, "name", "validation.required"),
                        org.assertj.core.groups.Tuple.tuple(4, "levels", "schooling.import.badLevels"),
                        org.assertj.core.groups.Tuple.tuple(4, "org_number", "schooling.import.badOrgNumber"));
        assertThatThrownBy(() -> schools.importCsv(csv)).isInstanceOf(ValidationException.class);
        assertThat(db.fetchCount(SCHOOL)).isEqualTo(before);
    }

    @Test
    void a_clean_csv_creates_every_school_and_a_second_import_of_it_is_refused_as_taken() {
        String a = unique("Karmsund skole");
        String b = unique("Bergen \"nye\" skole");
        String csv = "municipality_code,name,levels\n1106," + a + ",1-10\n4601,\"" + b.replace("\"", "\"\"") + "\",8-10\n";
        assertThat(schools.previewImport(csv).valid()).isTrue();

        assertThat(schools.importCsv(csv)).isEqualTo(2);

        assertThat(schools.count(new SchoolFilter("4601", b))).isEqualTo(1);
        assertThat(schools.previewImport(csv).problems()).extracting(ImportProblem::ruleKey)
                .containsOnly("validation.school.nameTaken");
    }

    @Test
    void a_csv_without_the_required_columns_is_refused() {
        assertThat(schools.previewImport("name;levels\nX;1-7").problems()).extracting(ImportProblem::field)
                .containsExactly("municipality_code");
    }

    @Test
    @WithUserDetails("staff")
    void staff_do_not_administer_schools() {
        assertThatThrownBy(() -> schools.create(new SchoolDraft("3112", unique("S"), null, true, false, true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> schools.importCsv("municipality_code;name;levels\n3112;A;1-7"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
