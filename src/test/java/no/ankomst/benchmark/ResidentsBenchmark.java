package no.ankomst.benchmark;

import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.ankomst.Application;
import no.ankomst.accommodation.OccupancyService;
import no.ankomst.accommodation.SiteRecords.NewSite;
import no.ankomst.accommodation.SiteService;
import no.ankomst.accommodation.SiteType;
import no.ankomst.accommodation.StayService;
import no.ankomst.demo.DemoDataGenerator;
import no.ankomst.reference.Municipality;
import no.ankomst.reference.MunicipalityService;
import no.ankomst.residents.ResidentRecords.ResidentFilter;
import no.ankomst.residents.ResidentService;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.boot.SpringApplication;
import org.springframework.util.FileSystemUtils;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The residents benchmark (issue 3): a fresh embedded PostgreSQL 18 in a temporary folder, the demo
 * users and sites, then N generated residents (two stays each) on ~100 sites; each operation runs
 * after a warm-up, server-side through the services a view calls. Not part of {@code ./mvnw verify}:
 * {@code ./mvnw -Pbenchmark verify} (see docs/benchmarks.md).
 * Arguments: residents, timed calls per measurement, output file, and optionally a database folder to
 * keep: generated once, then reused by later runs (for trying a query change without regenerating).
 */
public final class ResidentsBenchmark {

    private static final int EXTRA_SITES = 94;

    private ResidentsBenchmark() {
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
            signInAs(context, "admin");
            Instant start = Instant.now();
            int generated = reuse ? 0 : generate(context, residents);
            if (reuse) {
                // new migrations may have rewritten tables; settle them as autovacuum would before measuring
                context.getBean(DemoDataGenerator.class).analyze();
            }
            DSLContext db = context.getBean(DSLContext.class);
            int persons = db.fetchCount(PERSON);
            int stays = db.fetchCount(STAY);
            lines.add(String.format("Generated %d residents (%d persons in all) and %d stays on %d sites in %d s.",
                    generated, persons, stays, db.fetchCount(SITE), Duration.between(start, Instant.now()).toSeconds()));
            lines.add("");
            lines.add("| operation | goal | p50 | p95 | max | calls |");
            lines.add("|---|---|---|---|---|---|");
            measure(context, calls, lines);
        }
        if (!keep) {
            FileSystemUtils.deleteRecursively(data);
        }
        lines.forEach(System.out::println);
        Files.createDirectories(output.getParent());
        Files.write(output, lines);
        System.out.println("written to " + output);
    }

    private static int generate(ConfigurableApplicationContext context, int residents) {
        createSites(context);
        DemoDataGenerator generator = context.getBean(DemoDataGenerator.class);
        // sites of 150–400 places, as UDI's are (DOMAIN.md); the rest wait unassigned or have left
        int generated = generator.generate(residents - 400, 500, 25, 400);
        generator.analyze();
        return generated;
    }

    private static void measure(ConfigurableApplicationContext context, int calls, List<String> lines) {
        ResidentService residents = context.getBean(ResidentService.class);
        ResidentFilter all = ResidentFilter.none();
        int warmUp = 30;
        Measurement count = Measurement.of("count for the grid (once per filter change)", warmUp, calls,
                i -> residents.count(all));
        int total = residents.count(all);
        lines.add(count.row("–"));
        lines.add(Measurement.of("residents grid, first page (50, by name)", warmUp, calls,
                i -> residents.page(all, 0, 50, total, null)).row("≤ 50 ms"));
        lines.add(Measurement.of("residents grid, last page (50, by name)", warmUp, calls,
                i -> residents.page(all, total - 50, 50, total, null)).row("≤ 2× first"));
        long anchor = residents.page(all, total / 2 - 50, 50, total, null).getLast().id();
        lines.add(Measurement.of("residents grid, scrolling on in the middle (next 50, by seek)", warmUp, calls,
                i -> residents.page(all, total / 2, 50, total, anchor)).row("–"));
        lines.add(Measurement.of("residents grid, jump into the middle (OFFSET)", 2, 10,
                i -> residents.page(all, total / 2, 50, total, null)).row("–"));
        List<String> queries = List.of("Kovalenko Oleksandr", "Шевченко Ірина", "Bondarenk Yulia", "Олійник",
                "Hnatyuk Sofia", "Мельник Тарас", "Savytska Kateryna", "Ткаченко Дмитро");
        lines.add(Measurement.of("name search, Latin or Cyrillic, fuzzy (20 best)", warmUp, calls,
                i -> residents.search(queries.get(i % queries.size()), 20)).row("≤ 150 ms"));
        OccupancyService occupancy = context.getBean(OccupancyService.class);
        LocalDate today = occupancy.today();
        lines.add(Measurement.of("occupancy for all sites", warmUp, calls,
                i -> occupancy.occupancyBySite(today)).row("≤ 200 ms"));
        checkIns(context, warmUp, calls, lines);
        signInAs(context, "staff");
        ResidentFilter current = new ResidentFilter("", null, null, null, null, true);
        int staffTotal = residents.count(current);
        lines.add(Measurement.of("staff: first page of their site's current residents", warmUp, calls,
                i -> residents.page(current, 0, 50, staffTotal, null)).row("–"));
        // last, so the 10,000 imported residents do not change the figures above
        importMeasurement(context, lines);
    }

    /** "Importing 10,000 registration rows: ≤ 30 s, memory flat", on top of the generated residents. */
    private static void importMeasurement(ConfigurableApplicationContext context, List<String> lines) {
        try {
            lines.addAll(ImportBenchmark.measure(context, 10_000));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Each call checks a different person (whose stays have all ended) in at a site, without a bed. */
    private static void checkIns(ConfigurableApplicationContext context, int warmUp, int calls, List<String> lines) {
        DSLContext db = context.getBean(DSLContext.class);
        StayService stays = context.getBean(StayService.class);
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        List<Long> people = db.select(PERSON.ID).from(PERSON)
                .whereNotExists(DSL.selectOne().from(STAY).where(STAY.PERSON_ID.eq(PERSON.ID)
                        .and(STAY.CHECKED_OUT_ON.isNull().or(STAY.CHECKED_OUT_ON.gt(today)))))
                .limit(warmUp + calls).fetch(PERSON.ID);
        long site = db.select(SITE.ID).from(SITE).orderBy(SITE.ID.desc()).limit(1).fetchSingle().value1();
        lines.add(Measurement.of("check-in transaction", warmUp, calls,
                i -> stays.checkIn(people.get(i), site, null, today)).row("≤ 20 ms"));
    }

    static void createSites(ConfigurableApplicationContext context) {
        SiteService sites = context.getBean(SiteService.class);
        List<Municipality> municipalities = context.getBean(MunicipalityService.class).all();
        SiteType[] types = {SiteType.ORDINARY_CENTRE, SiteType.EMERGENCY_ACCOMMODATION, SiteType.TRANSIT_CENTRE,
                SiteType.INTEGRATION_CENTRE};
        for (int i = 0; i < EXTRA_SITES; i++) {
            Municipality m = municipalities.get((i * 37) % municipalities.size());
            sites.create(new NewSite("Mottak " + m.name() + " " + (i + 1), types[i % types.length], m.code(),
                    "Mottaksveien " + (i + 1), "Operatør " + (i % 7 + 1), 150 + (i * 53) % 251));
        }
    }

    static void signInAs(ConfigurableApplicationContext context, String username) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
