package no.ankomst.settlement;

import static no.ankomst.db.Tables.COUNTY_LOCATION;
import static no.ankomst.db.Tables.DWELLING;
import static no.ankomst.db.Tables.MUNICIPALITY;
import static no.ankomst.db.Tables.MUNICIPALITY_LOCATION;
import static no.ankomst.db.Tables.MUNICIPALITY_SERVICE;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SETTLEMENT_HOUSEHOLD;
import static no.ankomst.db.Tables.SETTLEMENT_INTERVIEW;
import static no.ankomst.db.Tables.SETTLEMENT_PROPOSAL;
import static no.ankomst.db.Tables.SETTLEMENT_QUOTA;
import static no.ankomst.db.Tables.SITE;
import static org.jooq.impl.DSL.arrayAgg;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ankomst.db.tables.Municipality;
import no.ankomst.db.tables.MunicipalityLocation;
import no.ankomst.settlement.matching.GeoPoint;
import no.ankomst.settlement.matching.MatchDwelling;
import no.ankomst.settlement.matching.MatchHousehold;
import no.ankomst.settlement.matching.MatchMunicipality;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * What one matching run works on, read from the database: the ready households whose centre lies in the counties
 * (not in a proposal that is sent or accepted; a draft is replaced by the next run), and the municipalities of the
 * counties with a council decision this year, their remaining places, dwellings on offer, services and location.
 * Nationality, ethnicity and family type are never read here.
 */
@Repository
class MatchingInputRepository {

    private final DSLContext db;
    private final PlacesRepository places;

    MatchingInputRepository(DSLContext db, PlacesRepository places) {
        this.db = db;
        this.places = places;
    }

    List<MatchHousehold> readyHouseholds(Collection<String> counties, LocalDate today) {
        return households(SETTLEMENT_HOUSEHOLD.STATE.eq(SettlementStates.READY)
                .and(SETTLEMENT_HOUSEHOLD.COUNTY_CODE.in(counties)).and(notInSentOrAccepted()), today);
    }

    /** One household as the matching sees it, whatever its state (an override scores it by hand). */
    java.util.Optional<MatchHousehold> household(long householdId, LocalDate today) {
        return households(SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID.eq(householdId), today).stream().findFirst();
    }

    /** One municipality as the matching sees it this year, if it has a decision and a location. */
    java.util.Optional<MatchMunicipality> municipality(String code, int year) {
        String county = db.select(MUNICIPALITY.COUNTY_CODE).from(MUNICIPALITY).where(MUNICIPALITY.CODE.eq(code))
                .fetchOptional(MUNICIPALITY.COUNTY_CODE).orElse("");
        return municipalities(java.util.List.of(county), year).stream().filter(m -> m.code().equals(code)).findFirst();
    }

    private List<MatchHousehold> households(Condition which, LocalDate today) {
        MunicipalityLocation centre = MUNICIPALITY_LOCATION.as("centre");
        LocalDate adultBorn = today.minusYears(18);
        Field<Integer> adults = field(select(count()).from(PERSON).where(PERSON.HOUSEHOLD_ID
                .eq(SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID).and(PERSON.MERGED_INTO.isNull())
                .and(PERSON.BIRTH_DATE.le(adultBorn)))).as("adults");
        Field<Integer> children = field(select(count()).from(PERSON).where(PERSON.HOUSEHOLD_ID
                .eq(SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID).and(PERSON.MERGED_INTO.isNull())
                .and(PERSON.BIRTH_DATE.gt(adultBorn)))).as("children");
        Field<String[]> declined = field(select(arrayAgg(SETTLEMENT_PROPOSAL.MUNICIPALITY_CODE))
                .from(SETTLEMENT_PROPOSAL).where(SETTLEMENT_PROPOSAL.HOUSEHOLD_ID.eq(SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID)
                        .and(SETTLEMENT_PROPOSAL.STATE.eq(ProposalState.DECLINED.name())))).as("declined");
        List<MatchHousehold> households = new ArrayList<>();
        Municipality siteMunicipality = MUNICIPALITY.as("site_municipality");
        for (Record row : db.select(SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID, SETTLEMENT_HOUSEHOLD.UNACCOMPANIED_MINOR,
                        SITE.MUNICIPALITY_CODE, centre.LATITUDE, centre.LONGITUDE, COUNTY_LOCATION.LATITUDE,
                        COUNTY_LOCATION.LONGITUDE, SETTLEMENT_INTERVIEW.ROOMS_NEEDED,
                        SETTLEMENT_INTERVIEW.NEEDS_ACCESSIBLE, SETTLEMENT_INTERVIEW.FAMILY_TIES,
                        SETTLEMENT_INTERVIEW.WISHES, SETTLEMENT_INTERVIEW.NEEDED_SERVICES,
                        SETTLEMENT_INTERVIEW.SERVICES_CONSENT, adults, children, declined)
                .from(SETTLEMENT_HOUSEHOLD)
                .leftJoin(SETTLEMENT_INTERVIEW).on(SETTLEMENT_INTERVIEW.HOUSEHOLD_ID.eq(SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID))
                .leftJoin(SITE).on(SITE.ID.eq(SETTLEMENT_HOUSEHOLD.SITE_ID))
                .leftJoin(centre).on(centre.MUNICIPALITY_CODE.eq(SITE.MUNICIPALITY_CODE))
                .leftJoin(siteMunicipality).on(siteMunicipality.CODE.eq(SITE.MUNICIPALITY_CODE))
                .leftJoin(COUNTY_LOCATION).on(COUNTY_LOCATION.COUNTY_CODE.eq(siteMunicipality.COUNTY_CODE))
                .where(which)
                .orderBy(SETTLEMENT_HOUSEHOLD.TARGET_DATE.asc().nullsLast(), SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID)
                .fetch()) {
            int adultCount = row.get(adults);
            int childCount = row.get(children);
            if (adultCount + childCount == 0) {
                continue; // every member merged away: nobody to settle
            }
            Integer rooms = row.get(SETTLEMENT_INTERVIEW.ROOMS_NEEDED);
            boolean consent = Boolean.TRUE.equals(row.get(SETTLEMENT_INTERVIEW.SERVICES_CONSENT));
            GeoPoint point = location(row.get(centre.LATITUDE), row.get(centre.LONGITUDE),
                    row.get(COUNTY_LOCATION.LATITUDE), row.get(COUNTY_LOCATION.LONGITUDE));
            households.add(new MatchHousehold(row.get(SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID), adultCount + childCount,
                    adultCount, childCount, row.get(SETTLEMENT_HOUSEHOLD.UNACCOMPANIED_MINOR),
                    rooms == null ? 1 : rooms, Boolean.TRUE.equals(row.get(SETTLEMENT_INTERVIEW.NEEDS_ACCESSIBLE)),
                    point, row.get(SITE.MUNICIPALITY_CODE), codes(row.get(SETTLEMENT_INTERVIEW.FAMILY_TIES)),
                    codes(row.get(SETTLEMENT_INTERVIEW.WISHES)),
                    consent ? codes(row.get(SETTLEMENT_INTERVIEW.NEEDED_SERVICES)) : Set.of(),
                    codes(row.get(declined))));
        }
        return households;
    }

    /**
     * The municipalities of the counties with a council decision for {@code year} and a known location, with the
     * places left ({@link PlacesRepository}) and their dwellings on offer that no sent proposal holds.
     */
    List<MatchMunicipality> municipalities(Collection<String> counties, int year) {
        Map<String, List<MatchDwelling>> dwellings = new HashMap<>();
        db.select(DWELLING.ID, DWELLING.MUNICIPALITY_CODE, DWELLING.ROOMS, DWELLING.PERSONS, DWELLING.ACCESSIBLE)
                .from(DWELLING).join(MUNICIPALITY).on(MUNICIPALITY.CODE.eq(DWELLING.MUNICIPALITY_CODE))
                .where(MUNICIPALITY.COUNTY_CODE.in(counties).and(DWELLING.STATE.eq(SettlementStates.OFFERED))
                        .and(notExists(selectOne().from(SETTLEMENT_PROPOSAL)
                                .where(SETTLEMENT_PROPOSAL.DWELLING_ID.eq(DWELLING.ID)
                                        .and(SETTLEMENT_PROPOSAL.STATE.eq(ProposalState.SENT.name()))))))
                .forEach(row -> dwellings.computeIfAbsent(row.get(DWELLING.MUNICIPALITY_CODE), code -> new ArrayList<>())
                        .add(new MatchDwelling(String.valueOf(row.get(DWELLING.ID)), row.get(DWELLING.ROOMS),
                                row.get(DWELLING.PERSONS), row.get(DWELLING.ACCESSIBLE))));
        Map<String, Set<String>> services = new HashMap<>();
        db.select(MUNICIPALITY_SERVICE.MUNICIPALITY_CODE, MUNICIPALITY_SERVICE.SERVICE_CODE).from(MUNICIPALITY_SERVICE)
                .join(MUNICIPALITY).on(MUNICIPALITY.CODE.eq(MUNICIPALITY_SERVICE.MUNICIPALITY_CODE))
                .where(MUNICIPALITY.COUNTY_CODE.in(counties))
                .forEach(row -> services.computeIfAbsent(row.value1(), code -> new HashSet<>()).add(row.value2()));
        Map<String, GeoPoint> locations = new HashMap<>();
        db.select(MUNICIPALITY.CODE, MUNICIPALITY_LOCATION.LATITUDE, MUNICIPALITY_LOCATION.LONGITUDE,
                        COUNTY_LOCATION.LATITUDE, COUNTY_LOCATION.LONGITUDE)
                .from(MUNICIPALITY)
                .leftJoin(MUNICIPALITY_LOCATION).on(MUNICIPALITY_LOCATION.MUNICIPALITY_CODE.eq(MUNICIPALITY.CODE))
                .leftJoin(COUNTY_LOCATION).on(COUNTY_LOCATION.COUNTY_CODE.eq(MUNICIPALITY.COUNTY_CODE))
                .where(MUNICIPALITY.COUNTY_CODE.in(counties))
                .forEach(row -> {
                    GeoPoint location = location(row.value2(), row.value3(), row.value4(), row.value5());
                    if (location != null) {
                        locations.put(row.value1(), location);
                    }
                });
        List<MatchMunicipality> municipalities = new ArrayList<>();
        for (PlacesRepository.Left left : places.leftIn(MUNICIPALITY.COUNTY_CODE.in(counties), year, true)) {
            GeoPoint location = locations.get(left.code());
            if (location == null) {
                continue; // neither its own location nor its county's centre (a county added without one)
            }
            municipalities.add(new MatchMunicipality(left.code(), left.county(), Math.max(0, left.persons()),
                    Math.max(0, left.minors()), dwellings.getOrDefault(left.code(), List.of()),
                    services.getOrDefault(left.code(), Set.of()), location));
        }
        return municipalities;
    }

    /**
     * A municipality's own location, else its county's centre (V22), which makes its distances approximate; null when
     * neither is known.
     */
    private static @Nullable GeoPoint location(@Nullable Double latitude, @Nullable Double longitude,
                                               @Nullable Double countyLatitude, @Nullable Double countyLongitude) {
        if (latitude != null && longitude != null) {
            return new GeoPoint(latitude, longitude);
        }
        return countyLatitude == null || countyLongitude == null ? null : new GeoPoint(countyLatitude, countyLongitude);
    }

    /** How many municipalities with a decision this year have no location of their own (their county's centre stands in). */
    int decidedWithoutLocation(Collection<String> counties, int year) {
        return db.fetchCount(db.selectOne().from(SETTLEMENT_QUOTA).join(MUNICIPALITY)
                .on(MUNICIPALITY.CODE.eq(SETTLEMENT_QUOTA.MUNICIPALITY_CODE))
                .where(MUNICIPALITY.COUNTY_CODE.in(counties).and(SETTLEMENT_QUOTA.YEAR.eq(year))
                        .and(SETTLEMENT_QUOTA.DECIDED_PERSONS.isNotNull())
                        .and(notExists(selectOne().from(MUNICIPALITY_LOCATION)
                                .where(MUNICIPALITY_LOCATION.MUNICIPALITY_CODE.eq(MUNICIPALITY.CODE))))));
    }

    /** Not in a proposal the officer has sent or a municipality has accepted (a draft does not hold it). */
    private static Condition notInSentOrAccepted() {
        return notExists(selectOne().from(SETTLEMENT_PROPOSAL)
                .where(SETTLEMENT_PROPOSAL.HOUSEHOLD_ID.eq(SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID)
                        .and(SETTLEMENT_PROPOSAL.STATE.in(ProposalState.SENT.name(), ProposalState.ACCEPTED.name()))));
    }

    private static Set<String> codes(String @Nullable [] values) {
        return values == null ? Set.of() : new HashSet<>(Arrays.asList(values));
    }
}
