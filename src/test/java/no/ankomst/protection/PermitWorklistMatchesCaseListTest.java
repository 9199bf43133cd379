package no.ankomst.protection;

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
import no.ankomst.protection.ProtectionCaseRecords.Grant;
import no.ankomst.protection.ProtectionCaseRecords.StateChange;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

/** Each permit line on the home page counts exactly the rows of the case list it opens, for the same user. */
@AnkomstTest
@WithUserDetails("staff")
class PermitWorklistMatchesCaseListTest extends SpringBrowserlessTest {

    @Autowired
    ProtectionCaseService cases;
    @Autowired
    PermitWorklist worklist;
    @Autowired
    DSLContext db;
    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;

    private CaseFixtures fixtures;
    private LocalDate today;

    @BeforeEach
    void fixtures() {
        today = LocalDate.now(clock);
        fixtures = new CaseFixtures(db, context);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private void granted(long person, LocalDate from, LocalDate to) {
        LocalDate registered = from.minusDays(30);
        long id = cases.open(person, registered, "registered");
        cases.changeState(id, 0, new StateChange(CaseState.SENT_TO_UDI, registered, "sent", null, null));
        cases.changeState(id, 1, new StateChange(CaseState.IN_PROCESSING, registered, "automatic", null,
                ProcessingTrack.AUTOMATIC));
        cases.grant(id, 2, new Grant(from, "decision", from, to, ResidenceCardStatus.ISSUED, null, null, null));
    }

    private int rowsOfTheListBehind(WorklistItem item) {
        Location link = new Location(item.route());
        UI.getCurrent().navigate(link.getPath(), link.getQueryParameters());
        return test($(Grid.class).id("cases-grid")).size();
    }

    @Test
    void a_permit_line_counts_the_people_staying_now_and_its_list_shows_exactly_them() {
        long stays = fixtures.personAt(CaseFixtures.RADE);
        granted(stays, today.minusYears(1).minusDays(5), today.minusDays(6));
        long expiring = fixtures.personAt(CaseFixtures.RADE);
        granted(expiring, today.minusYears(1).plusDays(20), today.plusDays(20));
        long expiredBefore = count(worklist.itemsForCurrentUser(), "worklist.permitExpired");
        long expiringBefore = count(worklist.itemsForCurrentUser(), "worklist.permitExpiring");

        // a person who has left the site is history to its staff (they still read the case), not their follow-up
        long left = fixtures.personAt(CaseFixtures.RADE);
        granted(left, today.minusYears(1).minusDays(5), today.minusDays(3));
        fixtures.checkOut(left);
        var items = worklist.itemsForCurrentUser();

        assertThat(expiredBefore).isPositive();
        assertThat(expiringBefore).isPositive();
        assertThat(count(items, "worklist.permitExpired")).isEqualTo(expiredBefore);
        assertThat(count(items, "worklist.permitExpiring")).isEqualTo(expiringBefore);
        for (WorklistItem item : items) {
            assertThat(rowsOfTheListBehind(item)).as(item.labelKey()).isEqualTo(item.count());
        }
        assertThat(cases.caseOf(left)).as("the case of a person who left is still readable").isPresent();
    }

    private static long count(java.util.List<WorklistItem> items, String key) {
        return items.stream().filter(i -> i.labelKey().equals(key)).mapToLong(WorklistItem::count).sum();
    }
}
