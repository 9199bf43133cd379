package no.ankomst.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import no.ankomst.protection.ProtectionProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the database with generated residents and their protection cases: written to temporary CSV files first (memory stays
 * flat at any size), then loaded with COPY in one transaction. Only in the demo profile: a production
 * start must not even hold a bean that can fill its database with made-up people.
 */
@Service
@Profile("demo")
public class DemoDataGenerator {

    private static final List<String> TABLES = List.of("household", "person", "identity_document",
            "police_registration", "stay", "protection_case", "case_event", "permit");

    private final DemoDataRepository repository;
    private final Clock clock;
    private final ProtectionProperties protection;

    DemoDataGenerator(DemoDataRepository repository, Clock clock, ProtectionProperties protection) {
        this.repository = repository;
        this.clock = clock;
        this.protection = protection;
    }

    public boolean hasResidents() {
        return repository.anyPerson();
    }

    /** Generates about {@code people} residents across all sites; returns how many were written. */
    @Transactional
    public int generate(int people, long seed, int bedsPerUnit, int maxBedsPerSite) {
        List<SiteBeds> sites = repository.sitesWithBeds(bedsPerUnit, maxBedsPerSite);
        if (sites.isEmpty()) {
            throw new IllegalStateException("no sites to put residents in");
        }
        try {
            Path dir = Files.createTempDirectory("ankomst-generated");
            Path[] files = TABLES.stream().map(t -> dir.resolve(t + ".csv")).toArray(Path[]::new);
            int written;
            try (Writer households = writer(files[0]); Writer persons = writer(files[1]);
                 Writer documents = writer(files[2]); Writer registrations = writer(files[3]);
                 Writer stays = writer(files[4]); Writer cases = writer(files[5]); Writer events = writer(files[6]);
                 Writer permits = writer(files[7])) {
                DemoPopulation population = new DemoPopulation(new SplittableRandom(seed), LocalDate.now(clock), sites,
                        new DemoPopulation.Ids(repository.nextId("household"), repository.nextId("person"),
                                repository.nextId("stay"), repository.nextId("protection_case")),
                        repository.identityNumbersInUse(), protection.maxPermitYears());
                written = population.generate(people, new DemoPopulation.Output(households, persons, documents,
                        registrations, stays, new DemoCases.Output(cases, events, permits)));
            }
            for (int i = 0; i < TABLES.size(); i++) {
                try (var reader = Files.newBufferedReader(files[i], StandardCharsets.UTF_8)) {
                    repository.copy(TABLES.get(i), reader);
                }
                Files.delete(files[i]);
            }
            Files.delete(dir);
            List.of("household", "person", "stay", "protection_case").forEach(repository::resetIdentity);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refreshes the planner's statistics and the visibility map after a bulk load (outside a transaction). */
    public void analyze() {
        repository.vacuumAnalyze();
    }

    private static Writer writer(Path file) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }
}
