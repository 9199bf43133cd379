package no.ankomst.jobs;

import static no.ankomst.db.Tables.AUDIT_EVENT;
import static no.ankomst.db.Tables.COUNTY;
import static no.ankomst.db.Tables.JOB_RUN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;
import no.ankomst.AnkomstTest;
import no.ankomst.base.WorklistItem;
import no.ankomst.jobs.JobRecords.JobRow;
import no.ankomst.jobs.JobRecords.JobRunRow;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The run ledger, the job service and the failed-jobs worklist against the real database and scheduler. */
@AnkomstTest
class JobLedgerTest {

    private static final AtomicLong FIRINGS = new AtomicLong();

    @Autowired
    JobRunner runner;
    @Autowired
    JobService jobs;
    @Autowired
    JobSchedules schedules;
    @Autowired
    FailedJobsWorklist worklist;
    @Autowired
    TestJobs.Counting counting;
    @Autowired
    TestJobs.Failing failing;
    @Autowired
    Scheduler scheduler;
    @Autowired
    DSLContext db;

    /** A firing time no other test uses. */
    private static Instant firing() {
        return Instant.parse("2030-01-01T00:00:00Z").plus(FIRINGS.incrementAndGet() + System.nanoTime() % 1_000_000,
                ChronoUnit.MINUTES);
    }

    @Test
    void a_second_run_of_the_same_firing_is_refused_by_the_ledger_and_the_work_runs_once() {
        Instant fire = firing();

        boolean first = runner.run(counting, fire);
        boolean second = runner.run(counting, fire);

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(counting.runsOf(fire)).isEqualTo(1);
        assertThat(db.select(JOB_RUN.OUTCOME).from(JOB_RUN)
                .where(JOB_RUN.JOB_NAME.eq("test-counting").and(JOB_RUN.SCHEDULED_FIRE.eq(fire)))
                .fetch(JOB_RUN.OUTCOME)).containsExactly("SUCCEEDED");
    }

    @Test
    @WithUserDetails("admin")
    void a_job_failing_halfway_is_rolled_back_recorded_as_failed_on_the_admin_worklist_and_runs_again_next_firing() {
        failing.failing = true;
        try {
            runner.run(failing, firing());
        } finally {
            failing.failing = false;
        }

        JobRow row = jobs.jobs(true).stream().filter(job -> job.name().equals("test-failing")).findFirst().orElseThrow();
        JobRunRow last = row.lastRuns().getFirst();
        WorklistItem line = worklist.itemsForCurrentUser().getFirst();

        assertThat(db.fetchExists(COUNTY, COUNTY.CODE.eq(TestJobs.Failing.HALFWAY)))
                .as("what the job wrote before it failed is rolled back").isFalse();
        assertThat(last.outcome()).isEqualTo(JobOutcome.FAILED);
        assertThat(last.error()).contains("IllegalStateException").contains("the registry did not answer");
        assertThat(last.endedAt()).isNotNull();
        assertThat(line.count()).isEqualTo(jobs.jobs(true).size()).isPositive();
        assertThat(line.route()).isEqualTo("admin/jobs?failed=true");

        boolean ranAgain = runner.run(failing, firing().plus(Duration.ofDays(3650)));
        assertThat(ranAgain).as("the next firing runs the job again").isTrue();
        assertThat(jobs.jobs(true)).as("a later good run clears the line")
                .noneMatch(job -> job.name().equals("test-failing"));
    }

    @Test
    @WithUserDetails("admin")
    void running_a_job_now_is_audited_and_the_job_runs_on_the_scheduler() {
        int before = counting.ran.size();

        jobs.runNow("test-counting");

        assertThat(db.select(AUDIT_EVENT.ACTOR).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ACTION.eq("JOB_RUN_NOW").and(AUDIT_EVENT.ENTITY_ID.eq("test-counting")))
                .fetch(AUDIT_EVENT.ACTOR)).contains("admin");
        await().atMost(Duration.ofSeconds(30)).until(() -> counting.ran.size() > before);
    }

    @Test
    @WithUserDetails("staff")
    void only_an_administrator_may_see_pause_resume_or_run_jobs() {
        assertThatThrownBy(() -> jobs.runNow("test-counting")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> jobs.pause("test-counting")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> jobs.jobs(false)).isInstanceOf(AccessDeniedException.class);
        assertThat(worklist.itemsForCurrentUser()).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void a_changed_cron_replaces_the_trigger_and_a_paused_job_stays_paused() throws Exception {
        jobs.pause("test-failing");
        try {
            schedules.schedule(failing, "0 0 4 2 2 ? 2099");

            CronTrigger trigger = (CronTrigger) scheduler.getTrigger(JobSchedules.triggerKey("test-failing"));
            assertThat(trigger.getCronExpression()).isEqualTo("0 0 4 2 2 ? 2099");
            assertThat(trigger.getTimeZone().getID()).isEqualTo("Europe/Oslo");
            assertThat(scheduler.getTriggerState(trigger.getKey())).isEqualTo(Trigger.TriggerState.PAUSED);
        } finally {
            schedules.schedule(failing, TestJobs.NEVER);
            jobs.resume("test-failing");
        }
    }
}
