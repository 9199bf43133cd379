package no.ankomst.schooling;

import java.util.Set;
import no.ankomst.jobs.JobContext;
import no.ankomst.jobs.JobCounts;
import no.ankomst.jobs.ScheduledJob;
import no.ankomst.security.Capability;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Daily: notices children staying at a site who have come into school age (1 January of the year they turn 6,
 * or arrived already of school age) and records a need for each, once, in one set-based statement. The status is
 * right without it (computed from dates when read); the need row is the dated record that the child was noticed.
 */
@Component
class SchoolAgeJob implements ScheduledJob {

    private final SchoolingMoveRepository repository;
    private final TransactionTemplate transaction;

    SchoolAgeJob(SchoolingMoveRepository repository, TransactionTemplate transaction) {
        this.repository = repository;
        this.transaction = transaction;
    }

    @Override
    public String name() {
        return "school-age";
    }

    @Override
    public String i18nKey() {
        return "jobs.name.school-age";
    }

    @Override
    public String defaultCron() {
        return "0 15 1 * * ?";
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.RECORD_SCHOOLING);
    }

    @Override
    public JobCounts run(JobContext context) {
        Integer noticed = transaction.execute(status ->
                repository.noticeSchoolAge(context.scheduledFireInOslo().toLocalDate()));
        return JobCounts.of("noticed", noticed == null ? 0 : noticed);
    }
}
