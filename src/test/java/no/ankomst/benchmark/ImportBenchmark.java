package no.ankomst.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.ankomst.Application;
import no.ankomst.accommodation.SiteRecords.SiteRow;
import no.ankomst.accommodation.SiteService;
import no.ankomst.residents.IdentityNumbers;
import no.ankomst.residents.RegistrationImportRecords.ImportResult;
import no.ankomst.residents.RegistrationImportRecords.Preview;
import no.ankomst.residents.RegistrationImportRecords.ProgressListener;
import no.ankomst.residents.RegistrationImportService;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * "Importing 10,000 registration rows: ≤ 30 s, memory flat." Writes an N-row registration list to a
 * temporary file (households of three, Cyrillic names, documents, police registration), then previews
 * and commits it through the service the view calls, as centre staff at their site. Reports wall time
 * of each step and the heap: used after a full GC before and after, and the peak during the import.
 * Runs inside the residents benchmark ({@link #measure}) or alone ({@link #main}, fresh embedded
 * database): arguments rows, output file.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rows = Integer.parseInt(args[0]);
        Path output = Path.of(args[1]);
        Path data = Files.createTempDirectory("ankomst-import-benchmark-db");
        SpringApplication app = new SpringApplication(Application.class);
        app.setAdditionalProfiles("demo");
        List<String> lines;
        try (ConfigurableApplicationContext context = app.run(
                "--ankomst.embedded-db.data-directory=" + data, "--server.port=0", "--logging.level.root=warn")) {
            lines = measure(context, rows);
        }
        lines.forEach(System.out::println);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.write(output, lines);
        System.out.println("written to " + output);
    }

    /** The import measurement as table rows of docs/benchmarks.md; signs in as the demo centre staff. */
    static List<String> measure(ConfigurableApplicationContext context, int rows) throws IOException {
        signInAs(context, "staff");
        RegistrationImportService imports = context.getBean(RegistrationImportService.class);
        long siteId = context.getBean(SiteService.class).visibleSites().stream().findFirst().map(SiteRow::id)
                .orElseThrow();
        // a reused benchmark database already holds earlier runs' rows: number this run's apart
        int run = context.getBean(org.jooq.DSLContext.class).fetchCount(no.ankomst.db.Tables.PERSON,
                no.ankomst.db.Tables.PERSON.FAMILY_NAME.eq("Benchmarkenko")) / rows;
        Path csv = writeCsv(rows, run);
        try {
            long heapBefore = usedHeapAfterGc();
            resetPeaks();
            long start = System.nanoTime();
            Preview preview;
            try (InputStream in = Files.newInputStream(csv)) {
                preview = imports.preview(in, csv.getFileName().toString(), siteId, ProgressListener.none());
            }
            long previewed = System.nanoTime();
            ImportResult result = imports.commit(preview.token(), preview.invalidRows() > 0, ProgressListener.none());
            long committed = System.nanoTime();
            long peak = peakHeap();
            long heapAfter = usedHeapAfterGc();
            List<String> lines = new ArrayList<>();
            lines.add(String.format("| import %,d registration rows (%.1f MB): preview | – | %.1f s | – | – | 1 (%,d valid, %,d with errors) |",
                    rows, Files.size(csv) / 1e6, (previewed - start) / 1e9, preview.validRows(), preview.invalidRows()));
            lines.add(String.format("| import %,d registration rows: commit | – | %.1f s | – | – | 1 (%,d persons, %,d households) |",
                    rows, (committed - previewed) / 1e9, result.imported(), result.households()));
            lines.add(String.format("| import %,d registration rows: preview + commit | ≤ 30 s, memory flat | %.1f s | – | – | 1 (heap after full GC %d → %d MB, peak %d MB) |",
                    rows, (committed - start) / 1e9, mb(heapBefore), mb(heapAfter), mb(peak)));
            return lines;
        } finally {
            Files.deleteIfExists(csv);
            SecurityContextHolder.clearContext();
        }
    }

    private static Path writeCsv(int rows, int run) throws IOException {
        Path csv = Files.createTempFile("ankomst-import-benchmark-", ".csv");
        String[] given = {"Oksana", "Taras", "Sofiia", "Mykola", "Iryna", "Andrii"};
        String[] cyrillic = {"Оксана", "Тарас", "Софія", "Микола", "Ірина", "Андрій"};
        String[] relations = {"", "SPOUSE", "CHILD"};
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("family_name,given_names,family_name_cyrillic,given_names_cyrillic,birth_date,sex,citizenships,"
                    + "languages,phone,identity_number,arrival_date,document_type,document_number,document_country,"
                    + "police_registered_on,police_district,asylum_card_number,household_key,relation\n");
            for (int i = 0; i < rows; i++) {
                // H-numbers, one birth date each: the demo data uses D-numbers, so none is taken already
                // each run on a reused database its own birth dates, so its H-numbers are new ones too
                LocalDate birth = LocalDate.of(1941, 1, 1).plusDays(i % 10_000L + run * 10_000L);
                String identity = IdentityNumbers.hNumber(birth, 900 + (i / 10_000) % 50).value();
                int household = i / 3;
                // birth dates repeat every 10,000 rows: a letter per block keeps name and birth date apart
                String block = String.valueOf((char) ('A' + i / 10_000));
                out.write(String.join(",", "Benchmarkenko", given[i % 6] + " " + block, "Бенчмаркенко", cyrillic[i % 6],
                        birth.toString(), i % 2 == 0 ? "F" : "M", "UA", "uk;ru", "+47 4000" + (1000 + i % 9000),
                        identity, "2025-03-01", "PASSPORT", "B" + run + "M" + Integer.toString(i, 36).toUpperCase() + "X",
                        "UA", "2025-03-01", "Øst politidistrikt", "", "bench-" + household, relations[i % 3]));
                out.write('\n');
            }
        }
        return csv;
    }

    private static long usedHeapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap used at any one moment. */
    private static long peakHeap() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }

    private static void signInAs(ConfigurableApplicationContext context, String username) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
