package no.ankomst.residents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.LocalDate;
import java.util.Locale;
import no.ankomst.AnkomstTest;
import no.ankomst.accommodation.SiteRecords.SiteRow;
import no.ankomst.accommodation.StayRecords.StayRow;
import no.ankomst.accommodation.StayService;
import no.ankomst.residents.Relation;
import no.ankomst.residents.ResidentService;
import no.ankomst.residents.ResidentTestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@AnkomstTest
class StaysTabViewTest extends SpringBrowserlessTest {

    @Autowired
    ResidentTestData data;

    @Autowired
    ResidentService residents;
    @Autowired
    StayService stays;

    @BeforeEach
    void data() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private void openStaysTab() {
        TabSheet tabs = $(TabSheet.class).first();
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if ("Stays".equals(tabs.getTabAt(i).getLabel())) {
                tabs.setSelectedIndex(i);
            }
        }
    }

    @Test
    @WithUserDetails("staff")
    void a_family_that_left_is_checked_in_again_together_from_the_residents_stays() {
        String surname = ResidentTestData.surname();
        var mother = data.head(surname, "Olena", LocalDate.of(1980, 5, 5), ResidentTestData.RADE);
        long son = data.member(mother.householdId(), surname, "Petro", LocalDate.of(2012, 6, 6), Relation.CHILD,
                ResidentTestData.RADE);
        data.checkOut(mother.personId());
        data.checkOut(son);

        navigate("residents/person/" + mother.personId(), ResidentDetailView.class);
        openStaysTab();
        test($(Button.class).id("stay-check-in")).click();
        @SuppressWarnings("unchecked")
        ComboBox<SiteRow> site = $(ComboBox.class).id("checkin-site");

        // centre staff have one site: it is chosen, and the son's bed is offered next to his mother's
        assertThat(site.getValue().name()).isEqualTo(ResidentTestData.RADE);
        assertThat($(ComboBox.class).id("checkin-bed-" + son).getValue()).isNotNull();
        test($(Button.class).id("checkin-save")).click();

        assertThat(stays.openStay(mother.personId())).map(StayRow::bedId).isPresent();
        assertThat(stays.openStay(son)).map(StayRow::siteId).contains(data.site(ResidentTestData.RADE));
        openStaysTab();
        assertThat($(Button.class).id("stay-check-out").isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("manager")
    void managers_see_stays_without_stay_actions() {
        var person = data.head(ResidentTestData.surname(), "Iryna", LocalDate.of(1990, 1, 1), ResidentTestData.RADE);

        navigate("residents/person/" + person.personId(), ResidentDetailView.class);
        openStaysTab();

        assertThat($(Button.class).withId("stay-check-out").exists()).isFalse();
        assertThat($(Button.class).withId("stay-check-in").exists()).isFalse();
    }
}
