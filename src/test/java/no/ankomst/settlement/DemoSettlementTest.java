package no.ankomst.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import no.ankomst.AnkomstTest;
import no.ankomst.residents.ResidentTestData;
import no.ankomst.settlement.QuotaRecords.QuotaRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo shows the officer ready households, this year's requests and Oslo's decision and dwellings. */
@AnkomstTest
class DemoSettlementTest {

    @Autowired
    PipelineService pipeline;
    @Autowired
    QuotaService quotas;
    @Autowired
    DwellingService dwellings;
    @Autowired
    ResidentTestData data;
    @Autowired
    Clock clock;

    @Test
    void the_officer_sees_ready_households_and_oslo_has_a_decision_and_dwellings() {
        assertThat(data.as("officer", () -> pipeline.counts()).perState().get(SettlementState.READY)).isPositive();
        int year = LocalDate.now(clock).getYear();
        QuotaRow oslo = data.as("coordinator", () -> quotas.page(year, 0, 10)).getFirst();
        assertThat(oslo.decidedPersons()).isNotNull();
        assertThat(data.as("coordinator", () -> dwellings.count(false))).isPositive();
    }
}
