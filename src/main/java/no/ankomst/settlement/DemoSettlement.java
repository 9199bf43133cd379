package no.ankomst.settlement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.ankomst.security.Capability;
import no.ankomst.security.SystemWork;
import no.ankomst.settlement.DwellingRecords.DwellingForm;
import no.ankomst.settlement.InterviewRecords.InterviewForm;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo profile's settlement: this year's requests for the officer's counties (Østfold and Oslo; decided for
 * about half, Oslo among them), dwellings in Oslo and two Østfold towns, interviews for two thirds of the households
 * where every member is granted, and the pipeline rows of every household with a grant, so the pipeline shows READY
 * households. Added once, after the demo residents (their cases are written without events, hence the refresh here).
 */
@Component
@Profile("demo")
@Order(50)
class DemoSettlement implements ApplicationRunner {

    private static final String OFFICER_COUNTY = "31";
    private static final String OSLO = "0301";

    private final DemoSettlementRepository demo;
    private final DwellingRepository dwellings;
    private final InterviewRepository interviews;
    private final SettlementPipeline pipeline;
    private final Clock clock;
    private int dwellingsOffered;

    DemoSettlement(DemoSettlementRepository demo, DwellingRepository dwellings, InterviewRepository interviews,
                   SettlementPipeline pipeline, Clock clock) {
        this.demo = demo;
        this.dwellings = dwellings;
        this.interviews = interviews;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demo.anyQuota()) {
            return;
        }
        SystemWork.as("demo-data", Capability.READ_SETTLEMENT_PIPELINE).run(this::generate);
    }

    private void generate() {
        LocalDate today = LocalDate.now(clock);
        LocalDate requested = LocalDate.of(today.getYear(), 1, 15);
        LocalDate requestedOn = requested.isAfter(today) ? today : requested;
        List<String> municipalities = new java.util.ArrayList<>(demo.municipalitiesOf(OFFICER_COUNTY));
        municipalities.add(OSLO);
        for (int i = 0; i < municipalities.size(); i++) {
            String code = municipalities.get(i);
            demo.quota(code, today.getYear(), 15 + (i * 7) % 60, i % 3, requestedOn, i % 2 == 0 || code.equals(OSLO));
        }
        for (String code : List.of(OSLO, OSLO, OSLO, OSLO, "3105", "3107")) {
            int rooms = 1 + dwellingsOffered % 4;
            dwellings.insert(code, new DwellingForm(null, null, "Demo " + code + " #" + (++dwellingsOffered), rooms,
                    rooms + 1, dwellingsOffered % 3 == 0, today.plusDays(dwellingsOffered * 7L)));
        }
        int seen = 0;
        for (long household : demo.householdsWithAGrant()) {
            if (pipeline.readiness(household).allGranted() && seen++ % 3 != 2) {
                interviews.insert(new InterviewForm(household, null, today.minusDays(seen % 20), 2, seen % 7 == 0,
                        Set.of(), seen % 2 == 0 ? Set.of(OSLO) : Set.of("3105"), Set.of(), false, null, List.of()),
                        today.minusDays(seen % 20), 1 + seen % 3, "demo-data");
            }
            pipeline.refresh(household);
        }
    }
}
