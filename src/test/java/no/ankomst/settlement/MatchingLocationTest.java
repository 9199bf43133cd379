package no.ankomst.settlement;

import static no.ankomst.db.Tables.COUNTY_LOCATION;
import static no.ankomst.db.Tables.MUNICIPALITY;
import static no.ankomst.db.Tables.MUNICIPALITY_LOCATION;
import static no.ankomst.db.Tables.SETTLEMENT_QUOTA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;

import java.time.Clock;
import java.util.List;
import no.ankomst.AnkomstTest;
import no.ankomst.security.UserService;
import no.ankomst.settlement.matching.GeoPoint;
import no.ankomst.settlement.matching.MatchMunicipality;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every municipality with a council decision takes part in the matching: one without a location of its own is placed
 * at its county's centre (its distances approximate), and the run counts how many were.
 */
@AnkomstTest
class MatchingLocationTest {

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
