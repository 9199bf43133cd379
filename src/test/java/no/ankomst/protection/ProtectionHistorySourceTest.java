package no.ankomst.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import no.ankomst.AnkomstTest;
import no.ankomst.audit.AuditEntry;
import no.ankomst.residents.ResidentService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Protection adds its case to the resident's history, for the roles that read protection matters only. */
@AnkomstTest
class ProtectionHistorySourceTest {

    @Autowired
    ProtectionCaseService cases;
    @Autowired
    ResidentService residents;
    @Autowired
    DSLContext db;
    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;

    private CaseFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CaseFixtures(db, context);
    }

    private long personWithCaseAtHaugesund() {
        long person = fixtures.personAt(CaseFixtures.HAUGESUND);
        fixtures.as("admin", () -> cases.open(person, LocalDate.now(clock).minusDays(3), "registered"));
        return person;
    }

    @Test
    void a_manager_reads_the_case_in_the_residents_history() {
        long person = personWithCaseAtHaugesund();

        assertThat(fixtures.as("manager", () -> residents.history(person, 0, 50)))
                .extracting(AuditEntry::action).contains("CASE_OPENED");
    }

    @Test
    void health_staff_read_the_residents_history_without_protection_matters() {
        long person = personWithCaseAtHaugesund();

        assertThat(fixtures.as("health", () -> residents.history(person, 0, 50)))
                .extracting(AuditEntry::action).doesNotContain("CASE_OPENED");
    }
}
