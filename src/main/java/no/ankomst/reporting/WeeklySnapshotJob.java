package no.ankomst.reporting;

import java.util.Set;
import no.ankomst.jobs.JobContext;
import no.ankomst.jobs.JobCounts;
import no.ankomst.jobs.ScheduledJob;
import no.ankomst.security.Capability;
import org.springframework.stereotype.Component;

/**
 * Monday morning: freezes last week's figures (the ISO week before the firing's day in Oslo). A second run for the
 * same week finds the snapshot there and changes nothing.
 */
@Component
class WeeklySnapshotJob implements ScheduledJob {

    private final SnapshotService snapshots;

    WeeklySnapshotJob(SnapshotService snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public String name() {
        return "weekly-snapshot";
    }

    @Override
    public String i18nKey() {
        return "jobs.name.weekly-snapshot";
    }

    @Override
    public String defaultCron() {
        return "0 0 6 ? * MON";
    }

    @Override
    public Set<Capability> capabilities() {
        // the sections read through the features' services, which check their own capability
        return Set.of(Capability.RUN_REPORTS, Capability.READ_SCHOOLING);
    }

    @Override
    public JobCounts run(JobContext context) {
        SnapshotService.Snapshot snapshot = snapshots.takeLastWeek(context.scheduledFireInOslo().toLocalDate());
        return JobCounts.of("snapshot", snapshot.id());
    }
}
