package no.ankomst.jobs;

import static no.ankomst.db.Tables.JOB_RUN;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.ankomst.jobs.JobRecords.JobRunRow;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The run ledger ({@code job_run}). */
@Repository
class JobRunRepository {

    private final DSLContext db;

    JobRunRepository(DSLContext db) {
        this.db = db;
    }

    /** The new run's id, or empty when this firing of the job has a run already (the unique key refused it). */
    Optional<Long> start(String jobName, Instant scheduledFire, Instant startedAt) {
        return db.insertInto(JOB_RUN)
                .set(JOB_RUN.JOB_NAME, jobName)
                .set(JOB_RUN.SCHEDULED_FIRE, scheduledFire)
                .set(JOB_RUN.STARTED_AT, startedAt)
                .onConflictOnConstraint(DSL.name("job_run_once_per_firing")).doNothing()
                .returning(JOB_RUN.ID)
                .fetchOptional(JOB_RUN.ID);
    }

    void finish(long id, JobOutcome outcome, @Nullable String counts, @Nullable String error, Instant endedAt) {
        db.update(JOB_RUN)
                .set(JOB_RUN.OUTCOME, outcome.name())
                .set(JOB_RUN.COUNTS, counts)
                .set(JOB_RUN.ERROR, error)
                .set(JOB_RUN.ENDED_AT, endedAt)
                .where(JOB_RUN.ID.eq(id))
                .execute();
    }

    /** The last {@code limit} runs of each of the jobs, newest first. */
    Map<String, List<JobRunRow>> lastRuns(Collection<String> jobNames, int limit) {
        var ranked = db.select(JOB_RUN.JOB_NAME, JOB_RUN.SCHEDULED_FIRE, JOB_RUN.STARTED_AT, JOB_RUN.ENDED_AT,
                        JOB_RUN.OUTCOME, JOB_RUN.COUNTS, JOB_RUN.ERROR,
                        DSL.rowNumber().over(DSL.partitionBy(JOB_RUN.JOB_NAME)
                                .orderBy(JOB_RUN.SCHEDULED_FIRE.desc(), JOB_RUN.ID.desc())).as("rank"))
                .from(JOB_RUN)
                .where(JOB_RUN.JOB_NAME.in(jobNames))
                .asTable("ranked");
        return db.select(ranked.field(JOB_RUN.JOB_NAME), ranked.field(JOB_RUN.SCHEDULED_FIRE),
                        ranked.field(JOB_RUN.STARTED_AT), ranked.field(JOB_RUN.ENDED_AT), ranked.field(JOB_RUN.OUTCOME),
                        ranked.field(JOB_RUN.COUNTS), ranked.field(JOB_RUN.ERROR))
                .from(ranked)
                .where(ranked.field("rank", Integer.class).le(limit))
                .orderBy(ranked.field(JOB_RUN.JOB_NAME), ranked.field("rank", Integer.class))
                .fetch(Records.mapping((job, fire, started, ended, outcome, counts, error) -> new JobRunRow(job, fire,
                        started, ended, outcome == null ? null : JobOutcome.valueOf(outcome), counts, error)))
                .stream()
                .collect(Collectors.groupingBy(JobRunRow::jobName, Collectors.toList()));
    }
}
