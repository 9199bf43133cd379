package no.ankomst.reporting;

import java.time.Clock;
import java.time.LocalDate;
import no.ankomst.security.Capability;
import no.ankomst.security.SystemWork;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's report archive: the weekly snapshots of the last twelve weeks, as the Monday job would have
 * taken them, so the reports view has weeks to open and the home view's charts have a trend. Taken after all other
 * demo data; a week already taken is left as it is (the snapshot of a period is taken once).
 */
@Component
@Profile("demo")
@Order(90)
class DemoSnapshots implements ApplicationRunner {

    static final int WEEKS = 12;

    private final SnapshotService snapshots;
    private final Clock clock;

    DemoSnapshots(SnapshotService snapshots, Clock clock) {
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock);
        SystemWork.as("demo-data", Capability.RUN_REPORTS, Capability.READ_SCHOOLING).run(() -> {
            for (int weeksAgo = WEEKS; weeksAgo >= 1; weeksAgo--) {
                snapshots.take(ReportPeriod.weekOf(today.minusWeeks(weeksAgo)));
            }
        });
    }
}
