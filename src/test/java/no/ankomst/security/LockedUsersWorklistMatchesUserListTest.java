package no.ankomst.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.Location;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import no.ankomst.AnkomstTest;
import no.ankomst.base.WorklistItem;
import no.ankomst.security.UserRecords.NewUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The locked-accounts line counts exactly the rows of the user list it opens. */
@AnkomstTest
@WithUserDetails("admin")
class LockedUsersWorklistMatchesUserListTest extends SpringBrowserlessTest {

    @Autowired
    UserService users;
    @Autowired
    LockedUsersWorklist worklist;
    @Autowired
    LoginThrottleRepository throttle;
    @Autowired
    Clock clock;

    private void lockedAccount(String username, boolean deactivated) {
        long id = users.create(new NewUser(username, "Locked Out", Role.MANAGER, Set.of(), null,
                "correct-horse-battery"));
        throttle.recordFailure(username, "192.0.2.7", clock.instant(), 1, Duration.ofMinutes(15));
        if (deactivated) {
            users.deactivate(id, users.get(id).version());
        }
    }

    @Test
    void the_locked_accounts_line_counts_the_rows_its_list_shows() {
        long suffix = System.nanoTime() % 100_000;
        lockedAccount("locked-active-" + suffix, false);
        lockedAccount("locked-gone-" + suffix, true);
        UI.getCurrent().setLocale(Locale.ENGLISH);

        WorklistItem item = worklist.itemsForCurrentUser().getFirst();
        Location link = new Location(item.route());
        UI.getCurrent().navigate(link.getPath(), link.getQueryParameters());

        assertThat(item.count()).isPositive();
        assertThat(test($(Grid.class).id("users-grid")).size()).isEqualTo(item.count());
    }
}
