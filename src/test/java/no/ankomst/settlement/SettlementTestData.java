package no.ankomst.settlement;

import static no.ankomst.db.Tables.DWELLING;
import static no.ankomst.db.Tables.HOUSEHOLD;
import static no.ankomst.db.Tables.MUNICIPALITY;
import static no.ankomst.db.Tables.MUNICIPALITY_LOCATION;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SETTLEMENT_HOUSEHOLD;
import static no.ankomst.db.Tables.SETTLEMENT_INTERVIEW;
import static no.ankomst.db.Tables.SETTLEMENT_PROPOSAL;
import static no.ankomst.db.Tables.SETTLEMENT_QUOTA;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import no.ankomst.security.Role;
import no.ankomst.security.UserRecords.NewUser;
import no.ankomst.security.UserService;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Settlement data straight in the shared database, each test with its own municipalities (a fresh one without a
 * quota this year), households, officer and coordinator, so tests never share places.
 */
public final class SettlementTestData {

    public static final String RADE = "Nasjonalt ankomstsenter Råde";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final DSLContext db;
    private final UserService users;
    private final UserDetailsService details;
    public final LocalDate today;

    public SettlementTestData(DSLContext db, UserService users, UserDetailsService details, Clock clock) {
        this.db = db;
        this.users = users;
        this.details = details;
        this.today = LocalDate.now(clock);
    }

    /** A municipality with no quota this year yet, now with a decision, a location and nothing else. */
    public Municipality municipality(int persons, int minors) {
        String code = db.select(MUNICIPALITY.CODE).from(MUNICIPALITY)
                .where(notExists(selectOne().from(SETTLEMENT_QUOTA).where(SETTLEMENT_QUOTA.MUNICIPALITY_CODE
                        .eq(MUNICIPALITY.CODE).and(SETTLEMENT_QUOTA.YEAR.eq(today.getYear())))))
                .and(MUNICIPALITY.CODE.ne("0301"))
                .orderBy(org.jooq.impl.DSL.rand()).limit(1).fetchSingle(MUNICIPALITY.CODE);
        String county = db.select(MUNICIPALITY.COUNTY_CODE).from(MUNICIPALITY).where(MUNICIPALITY.CODE.eq(code))
                .fetchSingle(MUNICIPALITY.COUNTY_CODE);
        decide(code, persons, minors);
        db.insertInto(MUNICIPALITY_LOCATION).set(MUNICIPALITY_LOCATION.MUNICIPALITY_CODE, code)
                .set(MUNICIPALITY_LOCATION.LATITUDE, 60.0).set(MUNICIPALITY_LOCATION.LONGITUDE, 10.0)
                .onConflictDoNothing().execute();
        return new Municipality(code, county);
    }

    void decide(String code, int persons, int minors) {
        db.insertInto(SETTLEMENT_QUOTA).set(SETTLEMENT_QUOTA.MUNICIPALITY_CODE, code)
                .set(SETTLEMENT_QUOTA.YEAR, today.getYear()).set(SETTLEMENT_QUOTA.REQUESTED_PERSONS, persons)
                .set(SETTLEMENT_QUOTA.REQUESTED_MINORS, minors).set(SETTLEMENT_QUOTA.REQUESTED_ON, today)
                .set(SETTLEMENT_QUOTA.REQUESTED_BY, "test").set(SETTLEMENT_QUOTA.DECIDED_PERSONS, persons)
                .set(SETTLEMENT_QUOTA.DECIDED_MINORS, minors).set(SETTLEMENT_QUOTA.DECIDED_ON, today)
                .set(SETTLEMENT_QUOTA.DECIDED_BY, "test").execute();
    }

    public record Municipality(String code, String county) {
    }

    public long dwelling(String municipality, int rooms, int persons) {
        return db.insertInto(DWELLING).set(DWELLING.MUNICIPALITY_CODE, municipality)
                .set(DWELLING.LABEL, "Testveien " + SEQUENCE.incrementAndGet()).set(DWELLING.ROOMS, rooms)
                .set(DWELLING.PERSONS, persons).set(DWELLING.AVAILABLE_FROM, today)
                .returning(DWELLING.ID).fetchSingle(DWELLING.ID);
    }

    public String dwellingState(long dwelling) {
        return db.select(DWELLING.STATE).from(DWELLING).where(DWELLING.ID.eq(dwelling)).fetchSingle(DWELLING.STATE);
    }

    /** A household of adults and children staying at Råde, in the pipeline as {@code state}, centre in {@code county}. */
    public Household household(String county, int adults, int children, boolean unaccompanied, String state) {
        long household = db.insertInto(HOUSEHOLD).defaultValues().returning(HOUSEHOLD.ID).fetchSingle(HOUSEHOLD.ID);
        long site = db.select(SITE.ID).from(SITE).where(SITE.NAME.eq(RADE)).fetchSingle(SITE.ID);
        List<Long> persons = new ArrayList<>();
        String family = "Bosettenko" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100_000;
        for (int i = 0; i < adults + children; i++) {
            LocalDate birth = i < adults ? today.minusYears(unaccompanied ? 16 : 35 + i) : today.minusYears(3 + 4 * i);
            long person = db.insertInto(PERSON).set(PERSON.FAMILY_NAME, family).set(PERSON.GIVEN_NAMES, "Olena" + i)
                    .set(PERSON.BIRTH_DATE, birth).set(PERSON.SEX, "FEMALE").set(PERSON.ARRIVAL_DATE, today.minusMonths(3))
                    .set(PERSON.HOUSEHOLD_ID, household).set(PERSON.RELATION_TO_HEAD, i == 0 ? "HEAD" : "CHILD")
                    .set(PERSON.LANGUAGES, new String[] {"uk"})
                    .set(PERSON.SEARCH_TEXT, family.toLowerCase() + " olena").returning(PERSON.ID).fetchSingle(PERSON.ID);
            db.insertInto(STAY).set(STAY.PERSON_ID, person).set(STAY.SITE_ID, site)
                    .set(STAY.CHECKED_IN_ON, today.minusMonths(3)).execute();
            persons.add(person);
        }
        db.insertInto(SETTLEMENT_HOUSEHOLD).set(SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID, household)
                .set(SETTLEMENT_HOUSEHOLD.STATE, state).set(SETTLEMENT_HOUSEHOLD.PERMIT_GRANTED_ON, today.minusMonths(1))
                .set(SETTLEMENT_HOUSEHOLD.TARGET_DATE, today.plusMonths(5))
                .set(SETTLEMENT_HOUSEHOLD.UNACCOMPANIED_MINOR, unaccompanied).set(SETTLEMENT_HOUSEHOLD.SITE_ID, site)
                .set(SETTLEMENT_HOUSEHOLD.COUNTY_CODE, county).execute();
        db.insertInto(SETTLEMENT_INTERVIEW).set(SETTLEMENT_INTERVIEW.HOUSEHOLD_ID, household)
                .set(SETTLEMENT_INTERVIEW.HELD_ON, today.minusDays(10)).set(SETTLEMENT_INTERVIEW.HELD_BY, "test")
                .set(SETTLEMENT_INTERVIEW.ROOMS_NEEDED, 1).set(SETTLEMENT_INTERVIEW.SUMMARY, "Works as a nurse")
                .execute();
        return new Household(household, persons);
    }

    public Household ready(String county, int adults, int children) {
        return household(county, adults, children, false, SettlementStates.READY);
    }

    public record Household(long id, List<Long> persons) {
    }

    public String householdState(long household) {
        return db.select(SETTLEMENT_HOUSEHOLD.STATE).from(SETTLEMENT_HOUSEHOLD)
                .where(SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID.eq(household)).fetchSingle(SETTLEMENT_HOUSEHOLD.STATE);
    }

    public long proposal(long household, String municipality, Long dwelling, ProposalState state) {
        return db.insertInto(SETTLEMENT_PROPOSAL).set(SETTLEMENT_PROPOSAL.HOUSEHOLD_ID, household)
                .set(SETTLEMENT_PROPOSAL.MUNICIPALITY_CODE, municipality).set(SETTLEMENT_PROPOSAL.DWELLING_ID, dwelling)
                .set(SETTLEMENT_PROPOSAL.STATE, state.name()).set(SETTLEMENT_PROPOSAL.PROPOSED_BY, "test")
                .set(SETTLEMENT_PROPOSAL.EXPLANATION, JSONB.valueOf("{}"))
                .set(SETTLEMENT_PROPOSAL.DECLINE_REASON, state == ProposalState.DECLINED ? "no school places" : null)
                .returning(SETTLEMENT_PROPOSAL.ID).fetchSingle(SETTLEMENT_PROPOSAL.ID);
    }

    /** A proposal sent to the municipality, the household PROPOSED. */
    public long sent(long household, String municipality, Long dwelling) {
        db.update(SETTLEMENT_HOUSEHOLD).set(SETTLEMENT_HOUSEHOLD.STATE, SettlementStates.PROPOSED)
                .where(SETTLEMENT_HOUSEHOLD.HOUSEHOLD_ID.eq(household)).execute();
        return proposal(household, municipality, dwelling, ProposalState.SENT);
    }

    public int version(long proposal) {
        return db.select(SETTLEMENT_PROPOSAL.VERSION).from(SETTLEMENT_PROPOSAL)
                .where(SETTLEMENT_PROPOSAL.ID.eq(proposal)).fetchSingle(SETTLEMENT_PROPOSAL.VERSION);
    }

    public String proposalState(long proposal) {
        return db.select(SETTLEMENT_PROPOSAL.STATE).from(SETTLEMENT_PROPOSAL)
                .where(SETTLEMENT_PROPOSAL.ID.eq(proposal)).fetchSingle(SETTLEMENT_PROPOSAL.STATE);
    }

    public String officer(String... counties) {
        String username = "officer-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 1_000_000;
        as("admin", () -> users.create(new NewUser(username, "Test Officer", Role.SETTLEMENT_OFFICER, Set.of(), null,
                "officer-test-password-2026", Set.copyOf(java.util.Arrays.asList(counties)))));
        return username;
    }

    public String coordinator(String municipality) {
        String username = "coord-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 1_000_000;
        as("admin", () -> users.create(new NewUser(username, "Test Coordinator", Role.SETTLEMENT_COORDINATOR, Set.of(),
                municipality, "coordinator-test-password-2026", Set.of())));
        return username;
    }

    /** Runs {@code work} signed in as {@code username}, then puts back who was signed in before. */
    public <T> T as(String username, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        UserDetails user = details.loadUserByUsername(username);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    public void run(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
