package no.ankomst.schooling.ui;

import static no.ankomst.db.Tables.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import no.ankomst.AnkomstTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The administrator's CSV import: the check lists problems by row and keeps Import off; a clean file imports. */
@AnkomstTest
@WithUserDetails("admin")
class SchoolAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext db;

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void a_csv_with_a_bad_row_is_refused_row_by_row_and_a_clean_one_imported() {
        navigate(SchoolAdminView.class);
        test($(Button.class).id("schools-import")).click();
        String name = "Importskole " + System.nanoTime() % 1_000_000;
        $(TextArea.class).id("school-import-csv").setValue("municipality_code;name;levels\n1106;" + name
                + ";1-7\n1106;Feil;1-11\n");
        test($(Button.class).id("school-import-preview")).click();

        assertThat($(Paragraph.class).id("school-import-summary").getText()).isEqualTo("1 schools ready, 1 problems");
        assertThat(test($(Grid.class).id("school-import-problems")).size()).isEqualTo(1);
        assertThat($(Button.class).id("school-import-save").isEnabled()).isFalse();

        $(TextArea.class).id("school-import-csv").setValue("municipality_code;name;levels\n1106;" + name + ";1-7\n");
        test($(Button.class).id("school-import-preview")).click();
        test($(Button.class).id("school-import-save")).click();

        assertThat(db.fetchCount(SCHOOL, SCHOOL.NAME.eq(name))).isEqualTo(1);
    }
}
