package no.ankomst.reporting;

import static no.ankomst.db.Tables.HOUSEHOLD;
import static no.ankomst.db.Tables.INTRODUCTION_RIGHT;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SETTLEMENT_HOUSEHOLD;
import static no.ankomst.db.Tables.SETTLEMENT_MEMBER;
import static no.ankomst.db.Tables.SETTLEMENT_PROPOSAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.ankomst.AnkomstTest;
import no.ankomst.reporting.SnapshotService.Snapshot;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The settlement and programme sections on a small known data set in Finnmark (a county no other test uses):
 * the pipeline per municipality and the centre's county, the households settled within the period and on time
 * (3 months for unaccompanied minors), the programme rights started within 3 months; read for a municipality, its
 * county and the country, and never for a site.
 */
@AnkomstTest
@WithUserDetails("manager")
class AreaSnapshotTest {

    private static final String FINNMARK = "56";
    private static final String VADSO = "5607";
    private static final String SOR_VARANGER = "5605";
    /** Not an ISO week, and no other test takes it. */
    private static final ReportPeriod PERIOD = new ReportPeriod(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 17));

    @Autowired
    SnapshotService snapshots;
    @Autowired
    DSLContext db;

    private static Map<String, BigDecimal> figures(List<ReportLine> lines) {
        return lines.stream().filter(l -> l.argKey() == null)
                .collect(Collectors.toMap(ReportLine::labelKey, ReportLine::value));
    }

    @Test
    void settlement_and_programme_figures_are_counted_per_municipality_and_county() {
        // pipeline, in the centre's county until a municipality is proposed
        household("READY", null, LocalDate.of(2023, 7, 1), false);
        household("READY", null, LocalDate.of(2023, 2, 1), false);                 // past its target
        long proposed = household("PROPOSED", null, LocalDate.of(2023, 8, 1), false);
        proposal(proposed, VADSO, "SENT");
        long accepted = household("ACCEPTED", null, LocalDate.of(2023, 8, 1), false);
        member(proposal(accepted, VADSO, "ACCEPTED"), LocalDate.of(2023, 3, 20), false);
        // settled within the period: two people on time, an unaccompanied minor late; one settled before it
        long settled = household("SETTLED", null, LocalDate.of(2023, 4, 1), false);
        long settledProposal = proposal(settled, VADSO, "ACCEPTED");
        member(settledProposal, LocalDate.of(2023, 3, 5), true);
        member(settledProposal, LocalDate.of(2023, 3, 6), true);
        long minor = household("SETTLED", null, LocalDate.of(2023, 3, 1), true);
        member(proposal(minor, VADSO, "ACCEPTED"), LocalDate.of(2023, 3, 10), true);
        long earlier = household("SETTLED", null, LocalDate.of(2023, 6, 1), false);
        member(proposal(earlier, VADSO, "ACCEPTED"), LocalDate.of(2023, 2, 10), true);

        right(LocalDate.of(2022, 12, 1), LocalDate.of(2023, 3, 1), LocalDate.of(2023, 2, 15), null);  // in time
        right(LocalDate.of(2022, 11, 1), LocalDate.of(2023, 2, 1), null, null);                       // late
        right(LocalDate.of(2023, 1, 10), LocalDate.of(2023, 4, 10), null, null);                      // not due
        right(LocalDate.of(2022, 10, 1), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 20), null);  // started late
        right(LocalDate.of(2022, 10, 1), LocalDate.of(2023, 1, 1), null, LocalDate.of(2022, 12, 1));  // declined
        right(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 7, 1), null, null);                        // after the period

        Snapshot snapshot = snapshots.take(PERIOD);

        Map<String, BigDecimal> vadso = figures(snapshots.lines(snapshot.id(), ReportScope.municipality(VADSO),
                List.of(), null));
        assertThat(vadso).doesNotContainKey("report.figure.settlement.ready")
                .doesNotContainKey("report.figure.occupancy.people");
        assertThat(vadso.get("report.figure.settlement.proposed")).isEqualByComparingTo("1");
        assertThat(vadso.get("report.figure.settlement.accepted")).isEqualByComparingTo("1");
        assertThat(vadso.get("report.figure.settlement.past_target")).isEqualByComparingTo("0");
        assertThat(vadso.get("report.figure.settlement.settled")).isEqualByComparingTo("2");
        assertThat(vadso.get("report.figure.settlement.settled_persons")).isEqualByComparingTo("3");
        assertThat(vadso.get("report.figure.settlement.settled_in_time")).isEqualByComparingTo("1");
        assertThat(vadso.get("report.figure.settlement.minors_settled")).isEqualByComparingTo("1");
        assertThat(vadso.get("report.figure.settlement.minors_in_time")).isEqualByComparingTo("0");
        assertThat(vadso.get("report.figure.settlement.share_in_time")).isEqualByComparingTo("50.0");
        assertThat(vadso.get("report.figure.settlement.minors_share_in_time")).isEqualByComparingTo("0.0");
        assertThat(vadso.get("report.figure.introduction.eligible")).isEqualByComparingTo("0");

        Map<String, BigDecimal> finnmark = figures(snapshots.lines(snapshot.id(), ReportScope.county(FINNMARK),
                List.of(), null));
        assertThat(finnmark.get("report.figure.settlement.ready")).isEqualByComparingTo("2");
        assertThat(finnmark.get("report.figure.settlement.past_target")).isEqualByComparingTo("1");
        assertThat(finnmark.get("report.figure.settlement.proposed")).isEqualByComparingTo("1");
        assertThat(finnmark.get("report.figure.settlement.settled")).isEqualByComparingTo("2");
        assertThat(finnmark.get("report.figure.introduction.eligible")).isEqualByComparingTo("5");
        assertThat(finnmark.get("report.figure.introduction.started")).isEqualByComparingTo("2");
        assertThat(finnmark.get("report.figure.introduction.start_due")).isEqualByComparingTo("3");
        assertThat(finnmark.get("report.figure.introduction.started_in_time")).isEqualByComparingTo("1");
        assertThat(finnmark.get("report.figure.introduction.late")).isEqualByComparingTo("1");
        assertThat(finnmark.get("report.figure.introduction.declined")).isEqualByComparingTo("1");
        assertThat(finnmark.get("report.figure.introduction.share_in_time")).isEqualByComparingTo("33.3");

        Map<String, BigDecimal> country = figures(snapshots.lines(snapshot.id(), ReportScope.country(), null, null));
        assertThat(country.get("report.figure.settlement.ready")).isGreaterThanOrEqualTo(new BigDecimal("2"));
        assertThat(country.get("report.figure.introduction.eligible")).isGreaterThanOrEqualTo(new BigDecimal("5"));
        assertThat(snapshots.lines(snapshot.id(), ReportScope.site(1), List.of(1L), null))
                .noneMatch(l -> l.section().equals("settlement") || l.section().equals("introduction"));
    }

    private long household(String state, @Nullable Long site, LocalDate target, boolean minor) {
        long id = db.insertInto(HOUSEHOLD).defaultValues().returning(HOUSEHOLD.ID).fetchSingle(HOUSEHOLD.ID);
        db.insertInto(SETTLEMENT_HOUSEHOLD).set(SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID, id)
                .set(SETTLEMENT_HOUSEHOLD.STATE, state).set(SETTLEMENT_HOUSEHOLD.SITE_ID, site)
                .set(SETTLEMENT_HOUSEHOLD.COUNTY_CODE, FINNMARK)
                .set(SETTLEMENT_HOUSEHOLD.PERMIT_GRANTED_ON, target.minusMonths(minor ? 3 : 6))
                .set(SETTLEMENT_HOUSEHOLD.TARGET_DATE, target)
                .set(SETTLEMENT_HOUSEHOLD.UNACCOMPANIED_MINOR, minor).execute();
        return id;
    }

    private long proposal(long household, String municipality, String state) {
        return db.insertInto(SETTLEMENT_PROPOSAL).set(SETTLEMENT_PROPOSAL.HOUSEHOLD_ID, household)
                .set(SETTLEMENT_PROPOSAL.MUNICIPALITY_CODE, municipality).set(SETTLEMENT_PROPOSAL.STATE, state)
                .set(SETTLEMENT_PROPOSAL.PROPOSED_BY, "officer")
                .returning(SETTLEMENT_PROPOSAL.ID).fetchSingle(SETTLEMENT_PROPOSAL.ID);
    }

    private void member(long proposal, LocalDate day, boolean settled) {
        db.insertInto(SETTLEMENT_MEMBER).set(SETTLEMENT_MEMBER.PROPOSAL_ID, proposal)
                .set(SETTLEMENT_MEMBER.PERSON_ID, person())
                .set(SETTLEMENT_MEMBER.SETTLEMENT_DATE, day)
                .set(SETTLEMENT_MEMBER.SETTLED_AT, settled ? day.atStartOfDay().toInstant(ZoneOffset.UTC) : null)
                .execute();
    }

    private long person() {
        String family = "Vadsøenko" + System.nanoTime();
        return db.insertInto(PERSON).set(PERSON.FAMILY_NAME, family).set(PERSON.GIVEN_NAMES, "Oksana")
                .set(PERSON.BIRTH_DATE, LocalDate.of(1985, 4, 4)).set(PERSON.SEX, "FEMALE")
                .set(PERSON.SEARCH_TEXT, family.toLowerCase() + " oksana")
                .returning(PERSON.ID).fetchSingle(PERSON.ID);
    }

    private void right(LocalDate arose, LocalDate startBy, @Nullable LocalDate started, @Nullable LocalDate declined) {
        String state = started != null ? "STARTED" : declined != null ? "DECLINED" : "NOT_OFFERED";
        db.insertInto(INTRODUCTION_RIGHT).set(INTRODUCTION_RIGHT.PERSON_ID, person())
                .set(INTRODUCTION_RIGHT.MUNICIPALITY_CODE, SOR_VARANGER).set(INTRODUCTION_RIGHT.AROSE_ON, arose)
                .set(INTRODUCTION_RIGHT.BASIS, "CHAPTER_6A_RIGHT").set(INTRODUCTION_RIGHT.START_BY, startBy)
                .set(INTRODUCTION_RIGHT.STATE, state).set(INTRODUCTION_RIGHT.STARTED_ON, started)
                .set(INTRODUCTION_RIGHT.DECLINED_ON, declined)
                .set(INTRODUCTION_RIGHT.DECLINED_BY, declined == null ? null : "Oksana")
                .set(INTRODUCTION_RIGHT.DECLINE_REASON, declined == null ? null : "works already")
                .set(INTRODUCTION_RIGHT.CREATED_BY, "test").execute();
    }
}
