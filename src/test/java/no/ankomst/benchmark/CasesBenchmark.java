package no.ankomst.benchmark;

import static no.ankomst.db.Tables.CASE_EVENT;
import static no.ankomst.db.Tables.PERMIT;
import static no.ankomst.db.Tables.PROTECTION_CASE;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;
import static org.jooq.impl.DSL.count;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.ankomst.Application;
import no.ankomst.demo.DemoDataGenerator;
import no.ankomst.protection.CaseState;
import no.ankomst.protection.ProtectionCaseRecords.CaseFilter;
import no.ankomst.protection.ProtectionCaseRecords.CaseSort;
import no.ankomst.protection.ProtectionCaseRecords.WaitingSince;
import no.ankomst.protection.ProtectionCaseService;
import org.jooq.DSLContext;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The protection cases benchmark (issue 4): a fresh embedded PostgreSQL 18 in a temporary folder, the demo
 * users and sites plus 94 more, then N generated residents with one case each (history and permits, loaded
 * with COPY through the database's checks of the process). Each list operation runs after a warm-up,
 * server-side through the service the case list calls, rotating over the 20 sites with most people now.
 * Not part of {@code ./mvnw verify}: {@code ./mvnw -Pbenchmark verify} (alone:
 * {@code -Dbenchmark.residents.skip=true}). Arguments: cases, timed calls per measurement, output file.
 */
public final class CasesBenchmark {

    private static final int PAGE = 50;
    private static final int BUSIEST_SITES = 20;

    private CasesBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int cases = Integer.parseInt(args[0]);
        int calls = Integer.parseInt(args[1]);
        Path output = Path.of(args[2]);
        Path data = Files.createTempDirectory("ankomst-benchmark-db");
        SpringApplication app = new SpringApplication(Application.class);
        app.setAdditionalProfiles("demo");
        List<String> lines = new ArrayList<>();
        try (ConfigurableApplicationContext context = app.run(
                "--ankomst.embedded-db.data-directory=" + data, "--server.port=0", "--logging.level.root=warn")) {
            ResidentsBenchmark.signInAs(context, "admin");
            Instant start = Instant.now();
            ResidentsBenchmark.createSites(context);
            DemoDataGenerator generator = context.getBean(DemoDataGenerator.class);
            // the demo profile's 400 residents are there already, each with a case
            generator.generate(cases - 400, 500, 25, 400);
            generator.analyze();
            DSLContext db = context.getBean(DSLContext.class);
            lines.add(String.format("Generated %d cases (%d history events, %d permits) for as many residents on %d "
                            + "sites in %d s. Cases by state: %s.", db.fetchCount(PROTECTION_CASE),
                    db.fetchCount(CASE_EVENT), db.fetchCount(PERMIT), db.fetchCount(SITE),
                    Duration.between(start, Instant.now()).toSeconds(), byState(db)));
            lines.add("");
            lines.add("| operation | goal | p50 | p95 | max | calls |");
            lines.add("|---|---|---|---|---|---|");
            ResidentsBenchmark.signInAs(context, "manager");
            measure(context, busiestSites(db), calls, lines);
        }
        FileSystemUtils.deleteRecursively(data);
        lines.forEach(System.out::println);
        Files.createDirectories(output.getParent());
        Files.write(output, lines);
        System.out.println("written to " + output);
    }

    private static void measure(ConfigurableApplicationContext context, List<Long> sites, int calls,
                                List<String> lines) {
        ProtectionCaseService service = context.getBean(ProtectionCaseService.class);
        int warmUp = 30;
        CaseState[] states = {CaseState.GRANTED, CaseState.IN_PROCESSING, CaseState.SENT_TO_UDI};
        lines.add(Measurement.of("case list, first page filtered by state and site (50, longest waiting first)",
                warmUp, calls, i -> service.page(stateAndSite(states[i % states.length], sites.get(i % sites.size())),
                        CaseSort.WAITING, 0, PAGE, null)).row("≤ 100 ms"));
        lines.add(Measurement.of("case list, first page filtered by state and site (50, by name)", warmUp, calls,
                i -> service.page(stateAndSite(states[i % states.length], sites.get(i % sites.size())),
                        CaseSort.NAME, 0, PAGE, null)).row("–"));
        lines.add(Measurement.of("count for the grid, state and site (once per filter change)", warmUp, calls,
                i -> service.count(stateAndSite(states[i % states.length], sites.get(i % sites.size()))))
                .row("–"));
        lines.add(Measurement.of("case list, first page filtered by state only (50, longest waiting first)", warmUp,
                calls, i -> service.page(new CaseFilter(states[i % states.length], null, null, WaitingSince.LAST_EVENT,
                        null, false), CaseSort.WAITING, 0, PAGE, null)).row("–"));
        lines.add(Measurement.of("case list, open cases waiting ≥ 30 days since registration, at a site", warmUp, calls,
                i -> service.page(new CaseFilter(null, sites.get(i % sites.size()), 30, WaitingSince.REGISTERED, null,
                        false), CaseSort.WAITING, 0, PAGE, null)).row("–"));
        lines.add(Measurement.of("permits expiring within 60 days, first page (all sites)", warmUp, calls,
                i -> service.page(new CaseFilter(null, null, null, WaitingSince.LAST_EVENT, 60, false), CaseSort.NAME,
                        0, PAGE, null)).row("–"));
    }

    private static CaseFilter stateAndSite(CaseState state, long siteId) {
        return new CaseFilter(state, siteId, null, WaitingSince.LAST_EVENT, null, false);
    }

    private static List<Long> busiestSites(DSLContext db) {
        return db.select(STAY.SITE_ID).from(STAY).where(STAY.CHECKED_OUT_ON.isNull()).groupBy(STAY.SITE_ID)
                .orderBy(count().desc()).limit(BUSIEST_SITES).fetch(STAY.SITE_ID);
    }

    private static String byState(DSLContext db) {
        return db.select(PROTECTION_CASE.STATE, count()).from(PROTECTION_CASE).groupBy(PROTECTION_CASE.STATE)
                .orderBy(count().desc()).fetch(r -> r.value1() + " " + r.value2()).toString();
    }
}
