package no.ankomst.benchmark;

import static no.ankomst.db.Tables.STAY;
import static org.jooq.impl.DSL.count;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.ankomst.Application;
import no.ankomst.base.WorklistSource;
import no.ankomst.demo.DemoDataGenerator;
import no.ankomst.health.TbRecords.TbFilter;
import no.ankomst.health.TbStatus;
import no.ankomst.health.TbStatusService;
import org.jooq.DSLContext;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The TB screening benchmark (issue 10): a fresh embedded PostgreSQL 18 in a temporary folder, the demo users and
 * sites plus 94 more, N generated residents; then TB rows for them by plain SQL (a result for most people who
 * arrived more than two weeks ago, some did-not-attend, referrals, a clinic per site with appointments for a share
 * of the rest). The demo health user is moved to the busiest site. Timed after a warm-up, through the services the
 * screens call: the TB list's first page and count for that site, and the whole home-page worklist.
 * {@code ./mvnw -Pbenchmark verify -Dbenchmark.only=tb} (smaller: {@code -Dbenchmark.tb=20000}). Arguments:
 * residents, timed calls per measurement, output file, and optionally a folder to keep the database in: generated once,
 * then reused by later runs (for trying a query change without regenerating).
 */
public final class TbBenchmark {

    private static final int PAGE = 50;

    private TbBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int residents = Integer.parseInt(args[0]);
        int calls = Integer.parseInt(args[1]);
        Path output = Path.of(args[2]);
        boolean keep = args.length > 3 && !args[3].isBlank();
        Path data = keep ? Path.of(args[3]) : Files.createTempDirectory("ankomst-benchmark-db");
        boolean reuse = keep && Files.exists(data.resolve("PG_VERSION"));
        SpringApplication app = new SpringApplication(Application.class);
        app.setAdditionalProfiles("demo");
        List<String> lines = new ArrayList<>();
        try (ConfigurableApplicationContext context = app.run(
                "--ankomst.embedded-db.data-directory=" + data, "--server.port=0", "--logging.level.root=warn")) {
            ResidentsBenchmark.signInAs(context, "admin");
            Instant start = Instant.now();
            DemoDataGenerator generator = context.getBean(DemoDataGenerator.class);
            DSLContext db = context.getBean(DSLContext.class);
            if (!reuse) {
                ResidentsBenchmark.createSites(context);
                generator.generate(residents - 400, 500, 25, 400);
                addTbRows(db);
            }
            // on reuse, new migrations may have rewritten tables: settle them as autovacuum would
            generator.analyze();
            long site = busiestSite(db);
            db.execute("delete from user_site where user_id = (select id from app_user where username = 'health')");
            db.execute("insert into user_site (user_id, site_id) select id, ? from app_user where username = 'health'",
                    site);
            lines.add(String.format("Generated %d residents on %d sites, %d TB results, %d referrals, %d appointments "
                            + "in %d s; the health user's site has %d residents now.",
                    db.fetchCount(no.ankomst.db.Tables.PERSON), db.fetchCount(no.ankomst.db.Tables.SITE),
                    db.fetchCount(no.ankomst.db.Tables.TB_RESULT), db.fetchCount(no.ankomst.db.Tables.TB_REFERRAL),
                    db.fetchCount(no.ankomst.db.Tables.TB_APPOINTMENT),
                    Duration.between(start, Instant.now()).toSeconds(),
                    db.fetchCount(STAY, STAY.SITE_ID.eq(site).and(STAY.CHECKED_OUT_ON.isNull()))));
            lines.add("");
            lines.add("| operation | goal | p50 | p95 | max | calls |");
            lines.add("|---|---|---|---|---|---|");
            ResidentsBenchmark.signInAs(context, "health");
            measure(context, site, calls, lines);
        }
        if (!keep) {
            FileSystemUtils.deleteRecursively(data);
        }
        lines.forEach(System.out::println);
        Files.createDirectories(output.getParent());
        Files.write(output, lines);
        System.out.println("written to " + output);
    }

    private static void measure(ConfigurableApplicationContext context, long site, int calls, List<String> lines) {
        TbStatusService service = context.getBean(TbStatusService.class);
        List<WorklistSource> worklist = context.getBeansOfType(WorklistSource.class).values().stream().toList();
        int warmUp = 30;
        TbFilter dueOrOverdue = new TbFilter(site, Set.of(TbStatus.DUE, TbStatus.OVERDUE), null, null, false, false);
        lines.add(Measurement.of("TB list, first page for one site, due or overdue (50, soonest due first)", warmUp,
                calls, i -> service.page(dueOrOverdue, 0, PAGE)).row("≤ 50 ms"));
        lines.add(Measurement.of("TB list, first page for one site, any status", warmUp, calls,
                i -> service.page(new TbFilter(site, Set.of(), null, null, false, false), 0, PAGE)).row("≤ 50 ms"));
        lines.add(Measurement.of("TB list count for the grid, due or overdue at the site", warmUp, calls,
                i -> service.count(dueOrOverdue)).row("–"));
        lines.add(Measurement.of("home-page worklist of the site's health staff (every source)", warmUp, calls,
                i -> worklist.forEach(WorklistSource::itemsForCurrentUser)).row("≤ 100 ms"));
    }

    /** TB rows for the generated people, by plain SQL: this is about reading them, not about how they came. */
    private static void addTbRows(DSLContext db) {
        db.execute("insert into tb_clinic (site_id, name) select id, 'Klinikk ' || name from site"
                + " on conflict do nothing");
        db.execute("insert into tb_result (person_id, test_type, tested_on, outcome, recorded_by)"
                + " select id, 'XRAY', arrival_date + 5, case when id % 50 = 0 then 'LATENT_INFECTION'"
                + " when id % 997 = 0 then 'SUSPECTED_ACTIVE' when id % 13 = 0 then 'DID_NOT_ATTEND'"
                + " else 'NO_FINDING' end, 'benchmark' from person"
                + " where arrival_date < current_date - 14 and id % 10 <> 0");
        db.execute("insert into tb_referral (person_id, reason, result_id, referred_on, created_by)"
                + " select person_id, case outcome when 'LATENT_INFECTION' then 'PREVENTIVE_TREATMENT'"
                + " else 'SUSPECTED_ACTIVE' end, id, tested_on, 'benchmark' from tb_result"
                + " where outcome in ('LATENT_INFECTION', 'SUSPECTED_ACTIVE') on conflict do nothing");
        db.execute("insert into tb_appointment (person_id, clinic_id, day, test_type, booked_by)"
                + " select p.id, c.id, current_date + (p.id % 10)::int - 3, 'XRAY', 'benchmark'"
                + " from person p join stay s on s.person_id = p.id and s.checked_out_on is null"
                + " join tb_clinic c on c.site_id = s.site_id"
                + " where p.id % 3 = 0 and not exists (select 1 from tb_result r where r.person_id = p.id"
                + " and r.outcome <> 'DID_NOT_ATTEND') on conflict do nothing");
    }

    private static long busiestSite(DSLContext db) {
        return db.select(STAY.SITE_ID).from(STAY).where(STAY.CHECKED_OUT_ON.isNull()).groupBy(STAY.SITE_ID)
                .orderBy(count().desc()).limit(1).fetchSingle(STAY.SITE_ID);
    }
}
