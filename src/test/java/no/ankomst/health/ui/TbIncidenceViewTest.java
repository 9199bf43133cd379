package no.ankomst.health.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Locale;
import no.ankomst.AnkomstTest;
import no.ankomst.health.Incidence;
import no.ankomst.health.IncidenceRow;
import no.ankomst.health.TbIncidenceService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The incidence page: an unknown code is shown on the country field and nothing is saved; a valid change appears in
 * the list. Uses Uruguay, on no other test's list, after whatever an earlier run left.
 */
@AnkomstTest
class TbIncidenceViewTest extends SpringBrowserlessTest {

    private static final String URUGUAY = "UY";

    @Autowired
    TbIncidenceService incidences;

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private LocalDate nextFreeDay() {
        LocalDate day = LocalDate.of(2031, 1, 1);
        for (IncidenceRow row : incidences.list(URUGUAY)) {
            LocalDate end = row.validTo() == null ? row.validFrom() : row.validTo();
            if (!end.isBefore(day)) {
                day = end.plusDays(1);
            }
        }
        return day;
    }

    @Test
    @WithUserDetails("admin")
    void an_unknown_code_is_shown_on_the_field_and_a_valid_change_appears_in_the_list() {
        LocalDate from = nextFreeDay();
        int before = incidences.list(URUGUAY).size();
        navigate(TbIncidenceView.class);
        TextField country = $(TextField.class).id("tb-incidence-country");
        @SuppressWarnings("unchecked")
        Select<Incidence> incidence = $(Select.class).id("tb-incidence-class");

        country.setValue("XX");
        incidence.setValue(Incidence.VERY_HIGH);
        $(DatePicker.class).id("tb-incidence-valid-from").setValue(from);
        test($(Button.class).id("tb-incidence-save")).click();

        assertThat(country.isInvalid()).isTrue();
        assertThat(country.getErrorMessage()).contains("XX");

        country.setValue(URUGUAY);
        test($(Button.class).id("tb-incidence-save")).click();

        assertThat(country.isInvalid()).isFalse();
        assertThat(incidences.list(URUGUAY)).hasSize(before + 1);
        $(TextField.class).id("tb-incidence-filter").setValue(URUGUAY);
        assertThat(test($(Grid.class).id("tb-incidence-grid")).size()).isEqualTo(before + 1);
    }
}
