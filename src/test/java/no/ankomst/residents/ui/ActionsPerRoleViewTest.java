package no.ankomst.residents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.ankomst.AnkomstTest;
import no.ankomst.accommodation.StayService;
import no.ankomst.base.ui.HomeView;
import no.ankomst.residents.ResidentTestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Every role sees only the actions it can use: the menu, register and import on the residents list, and on a
 * resident's page edit, add member, merge, check-in/move/check-out, the screening link and the case tab. The
 * services refuse the rest too (WritesPerRoleTest); these tests are about not offering it.
 */
@AnkomstTest
class ActionsPerRoleViewTest extends SpringBrowserlessTest {

    private static final List<String> CHANGING = List.of("resident-edit", "resident-add-member", "resident-merge",
            "household-move", "stay-move", "stay-check-out", "stay-check-in");

    @Autowired
    ResidentTestData data;
    @Autowired
    StayService stays;
    @Autowired
    Clock clock;

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private long personAt(String site) {
        return data.head(ResidentTestData.surname(), "Marta", LocalDate.of(1984, 2, 2), site).personId();
    }

    /** Stayed at Råde (so Råde's staff may read the record), stays at Haugesund now. */
    private long personMovedToHaugesund() {
        long person = personAt(ResidentTestData.RADE);
        data.as("admin", () -> stays.transfer(person, data.site(ResidentTestData.HAUGESUND), null,
                LocalDate.now(clock)));
        return person;
    }

    private List<String> menu() {
        navigate("", HomeView.class);
        return $(SideNav.class).id("main-nav").getItems().stream().map(SideNavItem::getPath).toList();
    }

    private boolean listOffers(String id) {
        navigate(ResidentsView.class);
        return shown(id);
    }

    /** The ids of the actions the resident's page shows, with the stays tab opened, and the tab labels. */
    private List<String> residentPage(long personId) {
        navigate("residents/person/" + personId, ResidentDetailView.class);
        TabSheet tabs = $(TabSheet.class).first();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < tabs.getTabCount(); i++) {
            seen.add("tab:" + tabs.getTabAt(i).getLabel());
            if ("Stays".equals(tabs.getTabAt(i).getLabel()) || "Household".equals(tabs.getTabAt(i).getLabel())) {
                tabs.setSelectedIndex(i);
                collect(seen);
            }
        }
        collect(seen);
        return seen.stream().distinct().toList();
    }

    private void collect(List<String> seen) {
        for (String id : List.of("resident-edit", "resident-add-member", "resident-merge", "household-move",
                "stay-move", "stay-check-out", "stay-check-in", "resident-screening", "resident-tb-booking")) {
            if (shown(id)) {
                seen.add(id);
            }
        }
    }

    private boolean shown(String id) {
        var found = $(Component.class).withId(id);
        return found.exists() && found.single().isVisible() && found.single().getParent().map(Component::isVisible)
                .orElse(true);
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_is_offered_every_action() {
        long person = personAt(ResidentTestData.RADE);

        assertThat(listOffers("residents-register")).isTrue();
        assertThat(listOffers("residents-import")).isTrue();
        assertThat(residentPage(person)).contains("resident-edit", "resident-add-member", "resident-merge",
                "household-move", "stay-move", "stay-check-out", "resident-screening", "tab:Case");
    }

    @Test
    @WithUserDetails("staff")
    void centre_staff_are_offered_every_action_for_someone_staying_at_their_site() {
        long person = personAt(ResidentTestData.RADE);

        assertThat(listOffers("residents-register")).isTrue();
        assertThat(listOffers("residents-import")).isTrue();
        assertThat(residentPage(person)).contains("resident-edit", "resident-add-member", "resident-merge",
                "household-move", "stay-move", "stay-check-out", "resident-screening", "tab:Case");
    }

    @Test
    @WithUserDetails("staff")
    void centre_staff_read_someone_now_at_another_site_without_changing_actions() {
        long person = personMovedToHaugesund();

        assertThat(residentPage(person)).doesNotContainAnyElementsOf(CHANGING)
                .contains("resident-screening", "tab:Case");
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_reads_everything_and_is_offered_no_change() {
        long person = personAt(ResidentTestData.RADE);

        assertThat(menu()).containsExactly("", "residents", "cases", "schooling/children", "introduction/participants",
                "occupancy", "reports", "settlement/pipeline", "settlement/quotas");
        assertThat(listOffers("residents-register")).isFalse();
        assertThat(listOffers("residents-import")).isFalse();
        assertThat(residentPage(person)).doesNotContainAnyElementsOf(CHANGING)
                .contains("resident-screening", "tab:Case")
                .doesNotContain("resident-tb-booking");
    }

    @Test
    @WithUserDetails("health")
    void health_staff_are_offered_no_change_and_no_protection_matters() {
        long person = personAt(ResidentTestData.HAUGESUND);

        assertThat(menu()).containsExactly("", "residents", "health/tb", "occupancy", "health/clinics");
        assertThat(listOffers("residents-register")).isFalse();
        assertThat(listOffers("residents-import")).isFalse();
        assertThat(residentPage(person)).doesNotContainAnyElementsOf(CHANGING)
                .doesNotContain("resident-screening", "tab:Case")
                .contains("resident-tb-booking");
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_is_offered_neither_residents_nor_cases() {
        // reports: their municipality's settlement and programme figures only
        assertThat(menu()).containsExactly("", "introduction/participants", "settlement/municipality", "reports",
                "settlement/quotas", "settlement/dwellings");
    }
}
