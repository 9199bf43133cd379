package no.ankomst.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import no.ankomst.AnkomstTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The demo has the last twelve weeks frozen, as if the Monday job had run: weeks to open, a trend to chart. */
@AnkomstTest
@WithUserDetails("manager")
class DemoSnapshotsTest {

    @Autowired
    SnapshotService snapshots;
    @Autowired
    Clock clock;

    @Test
    void the_last_twelve_weeks_are_in_the_archive() {
        LocalDate today = LocalDate.now(clock);
        for (int weeksAgo = 1; weeksAgo <= DemoSnapshots.WEEKS; weeksAgo++) {
            ReportPeriod week = ReportPeriod.weekOf(today.minusWeeks(weeksAgo));
            assertThat(snapshots.page(0, 500)).as(week.isoWeek())
                    .anySatisfy(s -> assertThat(s.period()).isEqualTo(week));
        }
    }
}
