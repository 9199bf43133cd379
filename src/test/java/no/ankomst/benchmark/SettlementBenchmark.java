package no.ankomst.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.ankomst.Application;
import no.ankomst.base.WorklistSource;
import no.ankomst.db.Tables;
import no.ankomst.demo.DemoDataGenerator;
import no.ankomst.settlement.CoordinatorService;
import no.ankomst.settlement.PipelineRecords.PipelineFilter;
import no.ankomst.settlement.PipelineService;
import org.jooq.DSLContext;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The settlement pipeline and the coordinator's home at scale (issue 11: "coordinator's home and the pipeline counts
 * at 500,000 residents: p95 ≤ 100 ms"). A fresh embedded PostgreSQL 18 (or a kept one, as {@link TbBenchmark}), the
 * demo users and sites plus 94 more, N generated residents; then, by plain SQL, a pipeline row for every household
 * staying somewhere (spread over waiting, ready, proposed, accepted and settled, permits over the last eight months),
 * proposals sent or accepted to every municipality (a tenth to Oslo, the demo coordinator's) and the members of the
 * accepted ones with their settlement dates. Timed after a warm-up through the services the screens call.
 * {@code ./mvnw -Pbenchmark verify -Dbenchmark.only=settlement}. Arguments: residents, timed calls per measurement,
 * output file, optionally a folder to keep the database in.
 */
public final class SettlementBenchmark {

    private static final int PAGE = 50;

    private SettlementBenchmark() {
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
                "--ankomst.embedded-db.data-directory=" + data, "--server.port=0", "--logging.level.root=warn",
                // a kept database may predate migrations numbered below its newest
                "--spring.flyway.out-of-order=true")) {
            ResidentsBenchmark.signInAs(context, "admin");
            Instant start = Instant.now();
            DemoDataGenerator generator = context.getBean(DemoDataGenerator.class);
            DSLContext db = context.getBean(DSLContext.class);
            if (!reuse) {
                ResidentsBenchmark.createSites(context);
                generator.generate(residents - 400, 500, 25, 400);
            }
            addSettlementRows(db);
            generator.analyze();
            lines.add(String.format("%d residents, %d pipeline rows, %d proposals (%d to Oslo), %d members of accepted "
                            + "proposals; settlement rows added in %d s.",
                    db.fetchCount(Tables.PERSON), db.fetchCount(Tables.SETTLEMENT_HOUSEHOLD),
                    db.fetchCount(Tables.SETTLEMENT_PROPOSAL),
                    db.fetchCount(Tables.SETTLEMENT_PROPOSAL, Tables.SETTLEMENT_PROPOSAL.MUNICIPALITY_CODE.eq("0301")),
                    db.fetchCount(Tables.SETTLEMENT_MEMBER), Duration.between(start, Instant.now()).toSeconds()));
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

    private static void measure(ConfigurableApplicationContext context, int calls, List<String> lines) {
        PipelineService pipeline = context.getBean(PipelineService.class);
        CoordinatorService coordinator = context.getBean(CoordinatorService.class);
        List<WorklistSource> worklist = List.copyOf(context.getBeansOfType(WorklistSource.class).values());
        int warmUp = 20;
        for (String user : List.of("officer", "manager")) {
            ResidentsBenchmark.signInAs(context, user);
            lines.add(Measurement.of("pipeline counts per state, near and past the target (`" + user + "`)", warmUp,
                    calls, i -> pipeline.counts()).row("≤ 100 ms"));
            lines.add(Measurement.of("pipeline list, first page (`" + user + "`)", warmUp, calls,
                    i -> pipeline.page(PipelineFilter.all(), 0, PAGE)).row("–"));
        }
        ResidentsBenchmark.signInAs(context, "officer");
        lines.add(Measurement.of("home-page worklist of `officer` (all lines)", warmUp, calls,
                i -> worklist.forEach(WorklistSource::itemsForCurrentUser)).row("≤ 100 ms"));
        ResidentsBenchmark.signInAs(context, "coordinator");
        lines.add(Measurement.of("coordinator's home: worklist (all lines) of `coordinator` (Oslo)", warmUp, calls,
                i -> worklist.forEach(WorklistSource::itemsForCurrentUser)).row("≤ 100 ms"));
        lines.add(Measurement.of("coordinator's home: municipality overview and first page of accepted households",
                warmUp, calls, i -> {
                    coordinator.overview();
                    coordinator.accepted(0, PAGE);
                }).row("≤ 100 ms"));
    }

    /** Pipeline rows, proposals and members by plain SQL: this is about reading them, not about how they came. */
    static void addSettlementRows(DSLContext db) {
        if (db.fetchCount(Tables.SETTLEMENT_PROPOSAL, Tables.SETTLEMENT_PROPOSAL.PROPOSED_BY.eq("benchmark")) > 0) {
            return;
        }
        db.execute("""
                insert into settlement_household (household_id, state, permit_granted_on, target_date, site_id,
                                                  county_code)
                select h.id,
                       (array['WAITING_INTERVIEW', 'READY', 'READY', 'PROPOSED', 'ACCEPTED', 'SETTLED', 'SETTLED',
                              'SETTLED'])[1 + (h.id % 8)::int],
                       current_date - (h.id % 240)::int,
                       (current_date - (h.id % 240)::int + interval '6 months')::date, st.site_id, m.county_code
                from household h
                join lateral (select s.site_id from person p join stay s on s.person_id = p.id
                              where p.household_id = h.id order by s.checked_in_on desc limit 1) st on true
                join site si on si.id = st.site_id
                join municipality m on m.code = si.municipality_code
                on conflict (household_id) do nothing""");
        db.execute("""
                insert into settlement_proposal (household_id, municipality_code, state, proposed_by, sent_at,
                                                 decided_at, decided_by)
                select sh.household_id, case when sh.household_id % 10 = 0 then '0301' else m.code end,
                       case sh.state when 'PROPOSED' then 'SENT' else 'ACCEPTED' end, 'benchmark', now(),
                       case when sh.state <> 'PROPOSED' then now() end,
                       case when sh.state <> 'PROPOSED' then 'benchmark' end
                from settlement_household sh
                join (select code, (row_number() over (order by code) - 1)::int as n from municipality) m
                  on m.n = (sh.household_id % 357)::int
                where sh.state in ('PROPOSED', 'ACCEPTED', 'SETTLED')
                  -- the demo's own households have their proposals already
                  and not exists (select 1 from settlement_proposal p where p.household_id = sh.household_id)""");
        db.execute("""
                insert into settlement_member (proposal_id, person_id, settlement_date, settled_at)
                select sp.id, p.id,
                       case when sh.state = 'SETTLED' then current_date - (sp.id % 200)::int
                            else current_date + (sp.id % 30)::int end,
                       case when sh.state = 'SETTLED' then now() end
                from settlement_proposal sp
                join settlement_household sh on sh.household_id = sp.household_id
                join person p on p.household_id = sp.household_id and p.merged_into is null
                where sp.state = 'ACCEPTED' and sp.proposed_by = 'benchmark'""");
    }
}
