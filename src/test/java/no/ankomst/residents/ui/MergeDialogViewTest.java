package no.ankomst.residents.ui;

import static no.ankomst.db.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Locale;
import no.ankomst.AnkomstTest;
import no.ankomst.residents.ResidentRecords.ResidentRow;
import no.ankomst.residents.ResidentService;
import no.ankomst.residents.ResidentTestData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@AnkomstTest
@WithUserDetails("staff")
class MergeDialogViewTest extends SpringBrowserlessTest {

    @Autowired
    ResidentTestData data;

    @Autowired
    ResidentService residents;
    @Autowired
    DSLContext db;

    @BeforeEach
    void data() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private void pick(String search, long personId) {
        test($(TextField.class).id("merge-search")).setValue(search);
        @SuppressWarnings("unchecked")
        Grid<ResidentRow> hits = $(Grid.class).id("merge-hits");
        for (int row = 0; row < test(hits).size(); row++) {
            if (test(hits).getRow(row).id() == personId) {
                test(hits).select(row);
                return;
            }
        }
        throw new AssertionError("person " + personId + " not among the hits");
    }

    @Test
    void the_other_record_is_found_compared_and_merged_into_the_one_kept() {
        String surname = ResidentTestData.surname();
        LocalDate birth = LocalDate.of(1987, 7, 7);
        long kept = data.plainHead(surname, "Oleksandr", birth, ResidentTestData.RADE).personId();
        long duplicate = data.head(surname, "Oleksandr", birth, ResidentTestData.RADE).personId();
        data.checkOut(duplicate);
        navigate(ResidentDetailView.class, kept);

        test($(Button.class).id("resident-merge")).click();
        pick(surname + " Oleksandr", duplicate);

        assertThat($(Grid.class).id("merge-comparison").isVisible()).isTrue();
        assertThat($(Button.class).id("merge-confirm").isEnabled()).isTrue();
        test($(Button.class).id("merge-confirm")).click();

        assertThat(db.fetchValue(PERSON.MERGED_INTO, PERSON.ID.eq(duplicate))).isEqualTo(kept);
        assertThat($(H1.class).id("resident-name").getText()).startsWith(surname);

        UI.getCurrent().navigate(ResidentDetailView.class, duplicate);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("residents/person/" + kept);
    }

    @Test
    void two_records_with_open_stays_show_why_they_cannot_be_merged() {
        String surname = ResidentTestData.surname();
        LocalDate birth = LocalDate.of(1989, 9, 9);
        long one = data.plainHead(surname, "Iryna", birth, ResidentTestData.RADE).personId();
        long other = data.plainHead(surname, "Iryna", birth, ResidentTestData.RADE).personId();
        navigate(ResidentDetailView.class, one);

        test($(Button.class).id("resident-merge")).click();
        pick(surname + " Iryna", other);

        assertThat($(Button.class).id("merge-confirm").isEnabled()).isFalse();
        assertThat($(Div.class).id("merge-refusals").getText()).contains("open stay");
        assertThat(db.fetchValue(PERSON.MERGED_INTO, PERSON.ID.eq(other))).isNull();
    }
}
