package no.ankomst.settlement;

import static no.ankomst.db.Tables.COUNTY_LOCATION;
import static no.ankomst.db.Tables.MATCHING_RUN;
import static no.ankomst.db.Tables.MUNICIPALITY;
import static no.ankomst.db.Tables.MUNICIPALITY_LOCATION;
import static no.ankomst.db.Tables.SETTLEMENT_INTERVIEW;
import static no.ankomst.db.Tables.SETTLEMENT_PROPOSAL;
import static no.ankomst.db.Tables.SETTLEMENT_QUOTA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;

import java.time.Clock;
import java.util.List;
import no.ankomst.AnkomstTest;
import no.ankomst.security.UserService;
import no.ankomst.settlement.ProposalRecords.ProposalFilter;
import no.ankomst.settlement.ProposalRecords.ProposalRow;
import no.ankomst.settlement.ProposalRecords.RunSummary;
import no.ankomst.settlement.SettlementTestData.Household;
import no.ankomst.settlement.SettlementTestData.Municipality;
import no.ankomst.settlement.matching.GeoPoint;
import no.ankomst.settlement.matching.MatchMunicipality;
import no.ankomst.settlement.matching.PreferenceTerm;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A run over the officer's counties, read from the database, recorded with drafts and their explanation; every
 * municipality with a decision takes part, one without a location of its own at its county's centre.
 */
@AnkomstTest
class MatchingServiceTest {

    @Autowired
    MatchingService matching;
    @Autowired
    ProposalService proposals;
    @Autowired
    MatchingInputRepository input;
    @Autowired
    DSLContext db;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService details;
    @Autowired
    Clock clock;

    private static void spare(SettlementTestData data, Municipality... municipalities) {
        for (Municipality municipality : municipalities) {
            for (int i = 0; i < 20; i++) {
                data.dwelling(municipality.code(), 4, 6);
            }
        }
    }

    @Test
    void a_run_drafts_proposals_with_their_explanation_and_never_the_municipality_that_declined() {
        SettlementTestData data = new SettlementTestData(db, users, details, clock);
        Municipality declined = data.municipality(300, 0);
        Municipality other = data.municipality(300, 0);
        data.dwelling(declined.code(), 3, 4);
        data.dwelling(other.code(), 3, 4);
        data.dwelling(other.code(), 2, 2);
        // ready households of other tests in the same counties compete for places: room enough for them too
        spare(data, declined, other);
        Household wished = data.ready(declined.county(), 2, 0);
        Household plain = data.ready(other.county(), 1, 0);
        data.proposal(wished.id(), declined.code(), null, ProposalState.DECLINED);
        db.update(SETTLEMENT_INTERVIEW).set(SETTLEMENT_INTERVIEW.WISHES, new String[] {declined.code()})
                .set(SETTLEMENT_INTERVIEW.FAMILY_TIES, new String[] {declined.code()})
                .where(SETTLEMENT_INTERVIEW.HOUSEHOLD_ID.eq(wished.id())).execute();
        String officer = data.officer(declined.county(), other.county());

        RunSummary run = data.as(officer, () -> matching.run());

        assertThat(run.hardBroken()).isZero();
        assertThat(db.fetchExists(MATCHING_RUN, MATCHING_RUN.ID.eq(run.runId()))).isTrue();
        assertThat(data.as(officer, () -> proposals.page(new ProposalFilter(run.runId(), null), 0, 500)))
                .filteredOn(row -> row.householdId() == wished.id() || row.householdId() == plain.id())
                .hasSize(2).allSatisfy(row -> {
                    assertThat(row.state()).isEqualTo(ProposalState.DRAFT);
                    assertThat(row.dwellingId()).isNotNull();
                    assertThat(row.explanation().terms()).containsOnlyKeys(PreferenceTerm.values());
                    assertThat(row.explanation().alternatives()).hasSizeLessThanOrEqualTo(2);
                    assertThat(row.score()).isEqualTo(row.explanation().total());
                });
        assertThat(db.fetch(SETTLEMENT_PROPOSAL, SETTLEMENT_PROPOSAL.HOUSEHOLD_ID.eq(wished.id())
                        .and(SETTLEMENT_PROPOSAL.MATCHING_RUN_ID.eq(run.runId()))))
                .singleElement().satisfies(row -> assertThat(row.getMunicipalityCode()).isNotEqualTo(declined.code()));
    }

    @Test
    void a_second_run_replaces_the_drafts_and_coordinators_may_not_run_it() {
        SettlementTestData data = new SettlementTestData(db, users, details, clock);
        Municipality m = data.municipality(300, 0);
        data.dwelling(m.code(), 2, 2);
        spare(data, m);
        Household h = data.ready(m.county(), 1, 0);
        String officer = data.officer(m.county());

        RunSummary first = data.as(officer, () -> matching.run());
        RunSummary second = data.as(officer, () -> matching.run());

        assertThat(db.fetch(SETTLEMENT_PROPOSAL, SETTLEMENT_PROPOSAL.HOUSEHOLD_ID.eq(h.id())))
                .extracting(row -> row.getMatchingRunId() + ":" + row.getState())
                .containsExactlyInAnyOrder(first.runId() + ":WITHDRAWN", second.runId() + ":DRAFT");
        assertThatThrownBy(() -> data.as(data.coordinator(m.code()), () -> matching.run()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_decided_municipality_without_a_location_of_its_own_is_matched_at_its_county_centre() {
        SettlementTestData data = new SettlementTestData(db, users, details, clock);
        int year = data.today.getYear();
        Record2<String, String> unlocated = db.select(MUNICIPALITY.CODE, MUNICIPALITY.COUNTY_CODE).from(MUNICIPALITY)
                .where(notExists(selectOne().from(MUNICIPALITY_LOCATION)
                        .where(MUNICIPALITY_LOCATION.MUNICIPALITY_CODE.eq(MUNICIPALITY.CODE))))
                .and(notExists(selectOne().from(SETTLEMENT_QUOTA).where(SETTLEMENT_QUOTA.MUNICIPALITY_CODE
                        .eq(MUNICIPALITY.CODE).and(SETTLEMENT_QUOTA.YEAR.eq(year)))))
                .orderBy(org.jooq.impl.DSL.rand()).limit(1).fetchSingle();
        String county = unlocated.value2();
        int approximateBefore = input.decidedWithoutLocation(List.of(county), year);
        data.decide(unlocated.value1(), 12, 0);
        SettlementTestData.Municipality located = data.municipality(10, 0);

        List<MatchMunicipality> matched = input.municipalities(List.of(county, located.county()), year);

        GeoPoint centre = db.select(COUNTY_LOCATION.LATITUDE, COUNTY_LOCATION.LONGITUDE).from(COUNTY_LOCATION)
                .where(COUNTY_LOCATION.COUNTY_CODE.eq(county)).fetchSingle(r -> new GeoPoint(r.value1(), r.value2()));
        assertThat(matched).filteredOn(m -> m.code().equals(unlocated.value1())).singleElement()
                .satisfies(m -> assertThat(m.location()).isEqualTo(centre))
                .satisfies(m -> assertThat(m.remainingPersons()).isEqualTo(12));
        // its own location, where known, is used
        GeoPoint own = db.select(MUNICIPALITY_LOCATION.LATITUDE, MUNICIPALITY_LOCATION.LONGITUDE)
                .from(MUNICIPALITY_LOCATION).where(MUNICIPALITY_LOCATION.MUNICIPALITY_CODE.eq(located.code()))
                .fetchSingle(r -> new GeoPoint(r.value1(), r.value2()));
        assertThat(matched).filteredOn(m -> m.code().equals(located.code())).singleElement()
                .satisfies(m -> assertThat(m.location()).isEqualTo(own));
        assertThat(input.decidedWithoutLocation(List.of(county), year)).isEqualTo(approximateBefore + 1);
    }
}
