package no.ankomst.introduction;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Location;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.ankomst.AnkomstTest;
import no.ankomst.base.WorklistItem;
import no.ankomst.introduction.ui.IntroductionPersonView;
import no.ankomst.introduction.ui.ParticipantsView;
import no.ankomst.residents.ui.ResidentDetailView;
import no.ankomst.settlement.HouseholdSettled;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The coordinator's screens: the worklist's lines count exactly the list they open; a typed address to a right in
 * another municipality, an unknown or a malformed id is the same "not found, or not yours" page; a decline without
 * a reason stays open naming the field; others cannot open the list.
 */
@AnkomstTest
class IntroductionViewsTest extends SpringBrowserlessTest {

    @Autowired
    IntroductionRightsWork rights;
    @Autowired
    IntroductionWorklist worklist;
    @Autowired
    DSLContext db;
    @Autowired
    Clock clock;

    private IntroductionFixtures fixtures;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new IntroductionFixtures(db);
        today = LocalDate.now(clock);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private long settledAdult(String municipality, int daysAgo) {
        long adult = fixtures.adult(today.minusYears(30));
        rights.settled(new HouseholdSettled(fixtures.householdOf(adult), municipality, today.minusDays(daysAgo),
                List.of(adult)));
        return adult;
    }

    private String open(String address) {
        UI.getCurrent().navigate(address);
        return getCurrentView().getElement().getTextRecursively();
    }

    @Test
    @WithUserDetails("coordinator")
    void each_worklist_line_counts_the_rows_of_the_list_it_opens() {
        settledAdult(IntroductionFixtures.OSLO, 100);
        settledAdult(IntroductionFixtures.OSLO, 80);
        settledAdult(IntroductionFixtures.RADE, 100);

        List<WorklistItem> items = worklist.itemsForCurrentUser();

        assertThat(items).extracting(WorklistItem::labelKey)
                .containsExactly("worklist.introductionLate", "worklist.introductionNearLate");
        for (WorklistItem item : items) {
            Location link = new Location(item.route());
            UI.getCurrent().navigate(link.getPath(), link.getQueryParameters());
            assertThat(getCurrentView()).isInstanceOf(ParticipantsView.class);
            assertThat(test($(Grid.class).id("participants-grid")).size()).as(item.route()).isEqualTo(item.count());
        }
    }

    @Test
    @WithUserDetails("coordinator")
    void a_right_in_another_municipality_unknown_or_malformed_is_the_same_not_found_page() {
        long elsewhere = settledAdult(IntroductionFixtures.RADE, 10);
        String expected = open("introduction/person/999999999999");

        assertThat(expected).contains("Not found, or not yours to see");
        for (String id : List.of(String.valueOf(elsewhere), "abc", "0", "-5")) {
            assertThat(open("introduction/person/" + id)).as(id).isEqualTo(expected);
        }
        assertThat($(H1.class).id("not-found-title").getText()).isEqualTo("Not found, or not yours to see");
    }

    @Test
    @WithUserDetails("coordinator")
    void a_decline_without_a_reason_stays_open_and_with_one_is_recorded() {
        long person = settledAdult(IntroductionFixtures.OSLO, 10);
        UI.getCurrent().navigate("introduction/person/" + person);
        assertThat(getCurrentView()).isInstanceOf(IntroductionPersonView.class);
        assertThat($(Span.class).id("introduction-status").getText()).isEqualTo("Not offered yet");

        test($(Button.class).id("introduction-decline")).click();
        test($(Button.class).id("introduction-step-save")).click();
        TextArea reason = $(TextArea.class).id("introduction-step-reason");
        assertThat(reason.isInvalid()).isTrue();

        reason.setValue("Works full time already");
        test($(Button.class).id("introduction-step-save")).click();

        assertThat($(Span.class).id("introduction-status").getText()).isEqualTo("Declined");
        assertThat($(Div.class).id("introduction-declined").getText()).contains("coordinator")
                .contains("Works full time already");
    }

    @Test
    @WithUserDetails("manager")
    void the_resident_page_shows_the_introduction_tab_to_a_manager() {
        long person = settledAdult(IntroductionFixtures.RADE, 10);
        navigate(ResidentDetailView.class, person);
        TabSheet tabs = $(TabSheet.class).id("resident-tabs");
        int index = -1;
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if ("Introduction programme".equals(tabs.getTabAt(i).getLabel())) {
                index = i;
            }
        }
        assertThat(index).isNotNegative();

        tabs.setSelectedIndex(index);

        assertThat($(Span.class).id("introduction-status").getText()).isEqualTo("Not offered yet");
    }

    @Test
    @WithUserDetails("staff")
    void centre_staff_cannot_open_the_participants_list() {
        UI.getCurrent().navigate("introduction/participants");
        assertThat(getCurrentView()).isNotInstanceOf(ParticipantsView.class);
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_reads_a_right_without_actions() {
        long person = settledAdult(IntroductionFixtures.RADE, 10);
        UI.getCurrent().navigate("introduction/person/" + person);

        assertThat(getCurrentView()).isInstanceOf(IntroductionPersonView.class);
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().orElse("").startsWith("introduction-"));
    }
}
