package no.ankomst.protection.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.ankomst.AnkomstTest;
import no.ankomst.accommodation.SiteRecords.SiteRow;
import no.ankomst.accommodation.SiteService;
import no.ankomst.protection.ScreeningAnswer;
import no.ankomst.protection.UkrainianOblast;
import no.ankomst.residents.ResidentRecords.NewResident;
import no.ankomst.residents.ResidentRecords.PoliceRegistrationInput;
import no.ankomst.residents.ResidentService;
import no.ankomst.residents.ResidentTestData;
import no.ankomst.residents.Sex;
import no.ankomst.residents.ui.ResidentDetailView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@AnkomstTest
class ScreeningViewTest extends SpringBrowserlessTest {

    @Autowired
    ResidentService residents;
    @Autowired
    SiteService sites;

    private long registerAtRade() {
        long site = sites.visibleSites().stream().filter(s -> s.name().contains("Råde")).findFirst()
                .map(SiteRow::id).orElseThrow();
        return residents.register(new NewResident(ResidentTestData.surname(), "Iryna", null, null,
                LocalDate.of(1990, 7, 1), Sex.FEMALE, List.of("UA"), List.of("uk"), null, Set.of(), null,
                LocalDate.of(2024, 5, 8), null, null, new PoliceRegistrationInput(LocalDate.of(2024, 5, 10),
                        "Øst politidistrikt", true, true, true, null, true), site, null, null, false, null))
                .personId();
    }

    private ScreeningView open(long personId) {
        return navigate("residents/person/" + personId + "/screening", ScreeningView.class);
    }

    @SuppressWarnings("unchecked")
    private Select<ScreeningAnswer> answer(String id) {
        return $(Select.class).id(id);
    }

    @Test
    @WithUserDetails("staff")
    void a_first_screening_starts_from_the_residents_record_and_shows_the_advice_with_its_reasons_after_saving() {
        long person = registerAtRade();
        open(person);

        assertThat($(TextField.class).id("screening-citizenships").getValue()).isEqualTo("UA");
        assertThat($(DatePicker.class).id("screening-birth-date").getValue()).isEqualTo(LocalDate.of(1990, 7, 1));
        assertThat($(DatePicker.class).id("screening-application-date").getValue())
                .as("the police registration is the application").isEqualTo(LocalDate.of(2024, 5, 10));
        assertThat($(Span.class).id("screening-none").isVisible()).isTrue();

        answer("screening-lived-in-ukraine").setValue(ScreeningAnswer.YES);
        $(DatePicker.class).id("screening-left-ukraine-on").setValue(LocalDate.of(2022, 3, 5));
        answer("screening-legal-residence").setValue(ScreeningAnswer.NO);
        answer("screening-protection").setValue(ScreeningAnswer.NO);
        answer("screening-safe-third-country").setValue(ScreeningAnswer.NO);
        answer("screening-protection-ended").setValue(ScreeningAnswer.NO);
        test($(Button.class).id("screening-save")).click();

        assertThat($(Span.class).id("screening-outcome").getText()).isEqualTo("Fyller trolig vilkårene");
        assertThat($(Span.class).id("screening-ground").getText()).isEqualTo("Bodde i Ukraina");
        List<String> reasons = $(UnorderedList.class).id("screening-reasons").getChildren()
                .map(item -> ((ListItem) item).getText()).toList();
        assertThat(reasons).singleElement().asString().contains("05.03.2022").doesNotContain("screening.");
    }

    @Test
    @WithUserDetails("staff")
    void missing_facts_are_listed_by_their_field_names() {
        long person = registerAtRade();
        open(person);
        $(DatePicker.class).id("screening-application-date").setValue(LocalDate.of(2024, 10, 1));
        answer("screening-lived-in-ukraine").setValue(ScreeningAnswer.YES);
        $(DatePicker.class).id("screening-left-ukraine-on").setValue(LocalDate.of(2022, 3, 5));
        @SuppressWarnings("unchecked")
        var oblast = (com.vaadin.flow.component.combobox.ComboBox<UkrainianOblast>) $(
                com.vaadin.flow.component.combobox.ComboBox.class).id("screening-oblast");
        oblast.clear();

        test($(Button.class).id("screening-save")).click();

        assertThat($(Span.class).id("screening-outcome").getText()).isEqualTo("Opplysninger mangler");
        assertThat($(UnorderedList.class).id("screening-missing").getChildren()
                .map(item -> ((ListItem) item).getText()).toList())
                // the recorded citizenships answer the safe-third-country question, so it is not asked
                .contains("Oblast personen bodde i", "Tidligere kollektiv beskyttelse opphørt")
                .doesNotContain("Statsborger av trygt tredjeland");
    }

    @Test
    @WithUserDetails("staff")
    void a_contradiction_marks_the_field_and_saves_nothing() {
        long person = registerAtRade();
        open(person);
        answer("screening-lived-in-ukraine").setValue(ScreeningAnswer.YES);
        DatePicker left = $(DatePicker.class).id("screening-left-ukraine-on");
        left.setValue(LocalDate.of(2024, 6, 1));

        test($(Button.class).id("screening-save")).click();

        assertThat(left.isInvalid()).isTrue();
        assertThat(left.getErrorMessage()).contains("søknadsdatoen");
        assertThat($(Span.class).id("screening-none").isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("staff")
    void the_resident_detail_links_to_the_screening() {
        long person = registerAtRade();
        navigate(ResidentDetailView.class, person);

        assertThat($(Anchor.class).id("resident-screening").getHref())
                .isEqualTo("residents/person/" + person + "/screening");
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_reads_the_screening_without_a_save_button() {
        long anyone = residents.page(no.ankomst.residents.ResidentRecords.ResidentFilter.none(), 0, 1, 0, null)
                .getFirst().id();
        open(anyone);

        assertThat($(Button.class).withId("screening-save").all()).isEmpty();
        assertThat($(DatePicker.class).id("screening-application-date").isReadOnly()).isTrue();
    }
}
