package no.ankomst.settlement;

import static no.ankomst.db.Tables.EVENT_PUBLICATION;
import static no.ankomst.db.Tables.PERSON_MUNICIPALITY;
import static no.ankomst.db.Tables.STAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import no.ankomst.AnkomstTest;
import no.ankomst.MovableClock;
import no.ankomst.jobs.JobContext;
import no.ankomst.jobs.JobCounts;
import no.ankomst.security.Capability;
import no.ankomst.security.SystemWork;
import no.ankomst.security.UserService;
import no.ankomst.settlement.ProposalRecords.Acceptance;
import no.ankomst.settlement.SettlementTestData.Household;
import no.ankomst.settlement.SettlementTestData.Municipality;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** On the settlement date the daily job settles the household, once. */
@AnkomstTest
class SettlementJobTest {

    @Autowired
    SettlementJob job;
    @Autowired
    DecisionService decisions;
    @Autowired
    DSLContext db;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService details;
    @Autowired
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private JobCounts runOn(LocalDate day) {
        return SystemWork.as(SettlementJob.NAME, Capability.CHANGE_STAYS).call(() -> job.run(
                new JobContext(SettlementJob.NAME, day.atTime(0, 5).atZone(ZoneId.of("Europe/Oslo")).toInstant())));
    }

    private int eventsFor(long household) {
        return db.fetchCount(EVENT_PUBLICATION, EVENT_PUBLICATION.EVENT_TYPE.endsWith("HouseholdSettled")
                .and(EVENT_PUBLICATION.SERIALIZED_EVENT.contains("\"householdId\":" + household + ",")));
    }

    @Test
    void on_the_date_the_stays_are_checked_out_as_settled_the_municipality_recorded_and_the_event_published_once() {
        SettlementTestData data = new SettlementTestData(db, users, details, clock);
        Municipality m = data.municipality(10, 0);
        Household h = data.ready(m.county(), 1, 1);
        long dwelling = data.dwelling(m.code(), 2, 3);
        long proposal = data.sent(h.id(), m.code(), dwelling);
        LocalDate date = data.today.plusDays(3);
        Map<Long, LocalDate> dates = new HashMap<>();
        h.persons().forEach(person -> dates.put(person, date));
        data.run(data.coordinator(m.code()), () -> decisions.accept(proposal, data.version(proposal),
                new Acceptance(dwelling, dates)));

        clock.setDate(date.minusDays(1));
        runOn(date.minusDays(1));
        assertThat(data.householdState(h.id())).isEqualTo("ACCEPTED");
        assertThat(eventsFor(h.id())).isZero();

        clock.setDate(date);
        assertThat(runOn(date).counts()).containsEntry("settled", 2L);

        assertThat(data.householdState(h.id())).isEqualTo("SETTLED");
        assertThat(data.dwellingState(dwelling)).isEqualTo("USED");
        assertThat(db.fetch(PERSON_MUNICIPALITY, PERSON_MUNICIPALITY.PERSON_ID.in(h.persons())))
                .hasSize(2).allSatisfy(row -> {
                    assertThat(row.getMunicipalityCode()).isEqualTo(m.code());
                    assertThat(row.getSettledOn()).isEqualTo(date);
                });
        assertThat(db.fetch(STAY, STAY.PERSON_ID.in(h.persons()))).allSatisfy(stay -> {
            assertThat(stay.getCheckedOutOn()).isEqualTo(date);
            assertThat(stay.getCheckoutReason()).isEqualTo("SETTLED");
        });
        int events = eventsFor(h.id());
        assertThat(events).isPositive();

        assertThat(runOn(date).counts()).containsEntry("settled", 0L);
        assertThat(eventsFor(h.id())).isEqualTo(events);
    }
}
