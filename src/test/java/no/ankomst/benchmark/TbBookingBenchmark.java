package no.ankomst.benchmark;

import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;
import static no.ankomst.db.Tables.TB_APPOINTMENT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.ankomst.Application;
import no.ankomst.demo.DemoDataGenerator;
import no.ankomst.health.TbBookingRecords.BookingRun;
import no.ankomst.health.TbBookingService;
import no.ankomst.health.TbClinicRecords.Capacity;
import no.ankomst.health.TbClinicRecords.ClinicChange;
import no.ankomst.health.TbClinicRecords.SiteOption;
import no.ankomst.health.TbClinicService;
import no.ankomst.health.TbTest;
import no.ankomst.security.Capability;
import no.ankomst.security.SystemWork;
import org.jooq.DSLContext;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The TB booking benchmark (issue 10): a fresh embedded PostgreSQL 18 in a temporary folder, the demo users and
 * sites plus 94 more, N generated residents (most of them staying at a site, arrived in the past, without a TB
 * result: all of them need booking), and a screening clinic at every site with room for about 10,000 appointments
 * over the booking horizon. Then the daily booking job's work ({@code TbBookingService.bookDue}) runs twice for the
 * same day, as the job runs it: the first run streams every candidate of the whole database and books as many as
 * there is room for (goal: 10,000 booked ≤ 10 s; the run over 500,000 residents ≤ 30 s, heap flat); the second
 * must change nothing. Heap: used after a full GC before and after each run, and the highest used heap sampled
 * during it. Not part of {@code ./mvnw verify}: {@code ./mvnw -Pbenchmark verify -Dbenchmark.only=tbbooking}.
 * Arguments: residents, output file (appended).
 */
public final class TbBookingBenchmark {

    private TbBookingBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int residents = Integer.parseInt(args[0]);
        Path output = Path.of(args[1]);
        Path data = Files.createTempDirectory("ankomst-benchmark-db");
        SpringApplication app = new SpringApplication(Application.class);
        app.setAdditionalProfiles("demo");
        List<String> lines = new ArrayList<>();
        try (ConfigurableApplicationContext context = app.run(
                "--ankomst.embedded-db.data-directory=" + data, "--server.port=0", "--logging.level.root=warn",
                "--logging.level.no.ankomst.health=info",
                "--ankomst.jobs.tb-booking.cron=0 0 2 1 1 ? 2099")) {
            ResidentsBenchmark.signInAs(context, "admin");
            Instant start = Instant.now();
            ResidentsBenchmark.createSites(context);
            DemoDataGenerator generator = context.getBean(DemoDataGenerator.class);
            generator.generate(residents - 400, 500, 25, 400);
            generator.analyze();
            int clinics = clinics(context);
            DSLContext db = context.getBean(DSLContext.class);
            LocalDate today = LocalDate.now(context.getBean(Clock.class));
            int staying = db.fetchCount(STAY, STAY.CHECKED_OUT_ON.isNull());
            lines.add("");
            lines.add(String.format("### TB booking (%d residents, %d staying at %d sites, %d clinics; generated in "
                            + "%d s; %d appointments booked before, by the demo's first run)",
                    db.fetchCount(PERSON), staying, db.fetchCount(SITE), clinics,
                    Duration.between(start, Instant.now()).toSeconds(),
                    db.fetchCount(TB_APPOINTMENT, TB_APPOINTMENT.STATE.eq("BOOKED"))));
            lines.add("");
            lines.add("| run | goal | time | booked | cancelled | referred | unbookable | heap used before → after "
                    + "(after GC) | peak during |");
            lines.add("|---|---|---|---|---|---|---|---|---|");
            TbBookingService bookings = context.getBean(TbBookingService.class);
            lines.add(run("first run: books the due residents, streaming the whole database", "≤ 10 s for 10,000 "
                    + "booked; ≤ 30 s", bookings, today));
            lines.add(run("second run, same day: changes nothing", "booked 0, ≤ 30 s", bookings, today));
        }
        FileSystemUtils.deleteRecursively(data);
        lines.forEach(System.out::println);
        Files.createDirectories(output.getParent());
        Files.write(output, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println("written to " + output);
    }

    /** A clinic at every site without one: Monday to Friday, 1 questionnaire, 2 X-rays, 1 X-ray + IGRA a day. */
    private static int clinics(ConfigurableApplicationContext context) {
        TbClinicService clinics = context.getBean(TbClinicService.class);
        List<Capacity> week = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.add(new Capacity(day, TbTest.QUESTIONNAIRE, 1));
            week.add(new Capacity(day, TbTest.XRAY, 2));
            week.add(new Capacity(day, TbTest.XRAY_AND_IGRA, 1));
        }
        for (SiteOption site : clinics.sites()) {
            if (!site.hasClinic()) {
                clinics.create(new ClinicChange(site.id(), "Helse " + site.name(), null, true, week, List.of()));
            }
        }
        return clinics.count();
    }

    private static String run(String name, String goal, TbBookingService bookings, LocalDate today)
            throws InterruptedException {
        HeapWatch<BookingRun> watch = HeapWatch.of(
                () -> SystemWork.as("tb-booking", Capability.BOOK_SCREENING).call(() -> bookings.bookDue(today)));
        BookingRun run = watch.result();
        return String.format("| %s | %s | %.1f s | %d | %d | %d | %d | %d MB → %d MB | %d MB |", name, goal,
                watch.seconds(), run.booked(), run.cancelled(), run.referred(), run.unbookable(), watch.beforeMb(),
                watch.afterMb(), watch.peakMb());
    }
}
