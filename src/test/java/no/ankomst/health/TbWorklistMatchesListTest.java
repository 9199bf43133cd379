package no.ankomst.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.Location;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.ankomst.AnkomstTest;
import no.ankomst.MovableClock;
import no.ankomst.base.WorklistItem;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Each TB line on the home page counts exactly the rows of the TB list it opens, for the same user. */
@AnkomstTest
class TbWorklistMatchesListTest extends SpringBrowserlessTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 14);

    @Autowired
    TbWorklist worklist;
    @Autowired
    DSLContext db;
    @Autowired
    MovableClock clock;

    private TbFixtures fixtures;

    @BeforeEach
    void setUp() {
        clock.setDate(TODAY);
        fixtures = new TbFixtures(db);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** One person in each state a line is about, at the site. */
    private void peopleAt(String siteName) {
        long site = fixtures.site(siteName);
        fixtures.residentAt(site, TODAY.minusDays(20));                       // overdue
        fixtures.residentAt(site, TODAY.minusDays(10));                       // due within 7 days
        long pending = fixtures.residentAt(site, TODAY.minusDays(12));
        fixtures.appointment(pending, fixtures.clinic(fixtures.newSite()), TODAY.minusDays(1));
        long suspected = fixtures.residentAt(site, TODAY.minusDays(12));
        long result = fixtures.result(suspected, TbOutcome.SUSPECTED_ACTIVE, TODAY.minusDays(1));
        fixtures.referral(suspected, "SUSPECTED_ACTIVE", TODAY.minusDays(1));
        // someone who moved into private housing from the site is still followed there
        long moved = fixtures.residentAt(site, TODAY.minusDays(30));
        fixtures.checkOut(moved, TODAY.minusDays(25), "PRIVATE_HOUSING");
        assertThat(result).isPositive();
    }

    private int rowsOfTheListBehind(WorklistItem item) {
        Location link = new Location(item.route());
        UI.getCurrent().navigate(link.getPath(), link.getQueryParameters());
        return test($(Grid.class).id("tb-grid")).size();
    }

    private void eachLineCountsItsList(List<String> expectedLines) {
        List<WorklistItem> items = worklist.itemsForCurrentUser();
        assertThat(items).extracting(WorklistItem::labelKey).containsExactlyElementsOf(expectedLines);
        for (WorklistItem item : items) {
            assertThat(item.count()).as(item.labelKey()).isPositive();
            assertThat(rowsOfTheListBehind(item)).as(item.labelKey()).isEqualTo(item.count());
        }
    }

    @Test
    @WithUserDetails("health")
    void health_staff_see_suspected_active_first_then_pending_overdue_and_due_each_counting_its_list() {
        peopleAt(TbFixtures.HAUGESUND);
        eachLineCountsItsList(List.of("worklist.tbSuspectedActive", "worklist.tbResultsPending",
                "worklist.tbOverdue", "worklist.tbDue"));
        assertThat(worklist.itemsForCurrentUser().getFirst().severity()).isEqualTo(WorklistItem.Severity.ERROR);
    }

    @Test
    @WithUserDetails("staff")
    void centre_staff_see_overdue_and_due_only_each_counting_its_list() {
        peopleAt(TbFixtures.RADE);
        eachLineCountsItsList(List.of("worklist.tbOverdue", "worklist.tbDue"));
    }

    @Test
    @WithUserDetails("manager")
    void managers_have_no_tb_lines() {
        assertThat(worklist.itemsForCurrentUser()).isEmpty();
    }
}
