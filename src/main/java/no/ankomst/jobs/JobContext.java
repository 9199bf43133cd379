package no.ankomst.jobs;

import java.time.Instant;
import java.time.ZonedDateTime;

/** One firing of a job: the time it was scheduled for (the same on every node), also as Oslo time. */
public record JobContext(String jobName, Instant scheduledFire) {

    public ZonedDateTime scheduledFireInOslo() {
        return scheduledFire.atZone(JobSchedules.OSLO);
    }
}
