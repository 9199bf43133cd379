package no.ankomst.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.ankomst.Application;
import no.ankomst.base.WorklistSource;
import no.ankomst.demo.DemoDataGenerator;
import no.ankomst.jobs.JobContext;
import no.ankomst.jobs.JobCounts;
import no.ankomst.jobs.ScheduledJob;
import no.ankomst.security.Capability;
import no.ankomst.security.SystemWork;
import org.jooq.DSLContext;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.ClassUtils;
import org.springframework.util.FileSystemUtils;

/**
 * The daily jobs and the home-page worklists at scale (issue 10): a fresh embedded PostgreSQL 18, the demo users and
 * sites plus 94 more, N generated residents, and what the features need to have work (a screening clinic with
 * capacity at every site). Then every daily job (each {@link ScheduledJob} bean but the every-minute event retry)
 * runs twice for the same day, as the scheduler runs it (as the system principal with the job's capabilities):
 * time, heap (after a full collection before and after, and the peak sampled during the run) and its counts. The
 * second run must change nothing: its counts and a fingerprint of every table but the ledger and the audit trail
 * (rows and newest row version) say whether it did. Then the worklist of one site, for centre staff and health staff.
 * Not part of {@code ./mvnw verify}: {@code ./mvnw -Pbenchmark verify -Dbenchmark.only=jobs}.
 * Arguments: residents, timed calls per measurement, output file.
 */
public final class JobsBenchmark {

    private static final String EVERY_MINUTE_JOB = "event-retry";

    private JobsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int residents = Integer.parseInt(args[0]);
        int calls = Integer.parseInt(args[1]);
        Path output = Path.of(args[2]);
        Path data = Files.createTempDirectory("ankomst-benchmark-db");
        SpringApplication app = new SpringApplication(Application.class);
        app.setAdditionalProfiles("demo");
        List<String> lines = new ArrayList<>();
        // the scheduler stays off: the benchmark runs the jobs itself, one at a time, and times them
        try (ConfigurableApplicationContext context = app.run("--ankomst.embedded-db.data-directory=" + data,
                "--server.port=0", "--logging.level.root=warn", "--spring.quartz.auto-startup=false")) {
            ResidentsBenchmark.signInAs(context, "admin");
            long start = System.nanoTime();
            ResidentsBenchmark.createSites(context);
            DemoDataGenerator generator = context.getBean(DemoDataGenerator.class);
            generator.generate(residents - 400, 500, 25, 400);
            DSLContext db = context.getBean(DSLContext.class);
            BenchmarkWorkload.prepare(db);
            generator.analyze();
            lines.add(String.format("Generated %,d residents on %d sites, and the work the jobs find there, in %d s.",
                    db.fetchCount(db.selectFrom("person")), db.fetchCount(db.selectFrom("site")),
                    (System.nanoTime() - start) / 1_000_000_000L));
            SecurityContextHolder.clearContext();
            lines.add("");
            lines.add("| job | run | time | heap after GC before → after | peak heap during | counts | tables changed |");
            lines.add("|---|---|---|---|---|---|---|");
            Instant fire = context.getBean(Clock.class).instant();
            List<ScheduledJob> jobs = context.getBeansOfType(ScheduledJob.class).values().stream()
                    // the test sources' own jobs are on this classpath too; they are not the app's
                    .filter(job -> !job.name().equals(EVERY_MINUTE_JOB) && !job.name().startsWith("test-"))
                    .sorted(Comparator.comparing(ScheduledJob::name)).toList();
            for (ScheduledJob job : jobs) {
                for (int run = 1; run <= 2; run++) {
                    lines.add(runOnce(db, job, fire, run));
                }
            }
            lines.add("");
            lines.add("| operation | goal | p50 | p95 | max | calls |");
            lines.add("|---|---|---|---|---|---|");
            List<WorklistSource> sources = List.copyOf(context.getBeansOfType(WorklistSource.class).values());
            for (String user : List.of("staff", "health", "manager", "admin")) {
                ResidentsBenchmark.signInAs(context, user);
                lines.add(Measurement.of("home-page worklist of `" + user + "` (all lines)", 20, calls,
                        i -> sources.forEach(WorklistSource::itemsForCurrentUser)).row("≤ 100 ms"));
                // and each source alone, so a slow line can be found
                for (WorklistSource source : sources) {
                    if (!source.itemsForCurrentUser().isEmpty()) {
                        lines.add(Measurement.of("… of which `" + ClassUtils.getUserClass(source).getSimpleName() + "`", 2,
                                Math.max(5, calls / 3), i -> source.itemsForCurrentUser()).row("–"));
                    }
                }
            }
            SecurityContextHolder.clearContext();
        }
        FileSystemUtils.deleteRecursively(data);
        lines.forEach(System.out::println);
        Files.createDirectories(output.getParent());
        Files.write(output, lines);
        System.out.println("written to " + output);
    }

    private static String runOnce(DSLContext db, ScheduledJob job, Instant fire, int run) throws InterruptedException {
        String tablesBefore = BenchmarkWorkload.fingerprint(db);
        HeapWatch<JobCounts> watch = HeapWatch.of(() -> SystemWork.as(job.name(),
                job.capabilities().toArray(Capability[]::new)).call(() -> job.run(new JobContext(job.name(), fire))));
        boolean unchanged = BenchmarkWorkload.fingerprint(db).equals(tablesBefore);
        return String.format("| %s | %d | %.1f s | %d MB → %d MB | %d MB | %s | %s |", job.name(), run,
                watch.seconds(), watch.beforeMb(), watch.afterMb(), watch.peakMb(), watch.result().counts(),
                unchanged ? "none" : "some");
    }
}
