package no.ankomst.schooling;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.Location;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import no.ankomst.AnkomstTest;
import no.ankomst.base.WorklistItem;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Each school line on the home page counts exactly the rows of the children list it opens, for the same user. */
@AnkomstTest
@WithUserDetails("staff")
class SchoolingWorklistMatchesListTest extends SpringBrowserlessTest {

    @Autowired
    SchoolingWorklist worklist;
    @Autowired
    DSLContext db;
    @Autowired
    Clock clock;

    @BeforeEach
    void locale() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private int rowsOfTheListBehind(WorklistItem item) {
        Location link = new Location(item.route());
        UI.getCurrent().navigate(link.getPath(), link.getQueryParameters());
        return test($(Grid.class).id("children-grid")).size();
    }

    @Test
    void every_school_line_counts_the_rows_its_list_shows() {
        LocalDate today = LocalDate.now(clock);
        SchoolingFixtures fixtures = new SchoolingFixtures(db);
        fixtures.child(SchoolingFixtures.RADE, today.minusYears(8), today.minusDays(45));
        fixtures.child(SchoolingFixtures.RADE, today.minusYears(8), today.minusMonths(1).plusDays(2));
        fixtures.child(SchoolingFixtures.RADE, today.minusYears(3), today.minusDays(45));
        // not the staff member's site: in neither the count nor the list
        fixtures.child(SchoolingFixtures.HAUGESUND, today.minusYears(8), today.minusDays(45));

        var items = worklist.itemsForCurrentUser();

        assertThat(items).extracting(WorklistItem::labelKey)
                .containsExactly("worklist.schoolLate", "worklist.schoolSoonLate", "worklist.activityGap");
        for (WorklistItem item : items) {
            assertThat(item.count()).as(item.labelKey()).isPositive();
            assertThat(rowsOfTheListBehind(item)).as(item.labelKey()).isEqualTo(item.count());
        }
    }

    @Test
    @WithUserDetails("manager")
    void managers_have_no_school_lines() {
        assertThat(worklist.itemsForCurrentUser()).isEmpty();
    }
}
