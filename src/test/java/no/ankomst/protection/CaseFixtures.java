package no.ankomst.protection;

import static no.ankomst.db.Tables.HOUSEHOLD;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import no.ankomst.residents.IdentityNumbers;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** People in households with stays at the demo sites, straight in the shared database; names are unique. */
public final class CaseFixtures {

    public static final String RADE = "Nasjonalt ankomstsenter Råde";
    public static final String HAUGESUND = "Haugesund mottak";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final DSLContext db;
    private final ApplicationContext context;

    public CaseFixtures(DSLContext db, ApplicationContext context) {
        this.db = db;
        this.context = context;
    }

    public long site(String name) {
        return db.select(SITE.ID).from(SITE).where(SITE.NAME.eq(name)).fetchSingle(SITE.ID);
    }

    public long household() {
        return db.insertInto(HOUSEHOLD).defaultValues().returning(HOUSEHOLD.ID).fetchSingle(HOUSEHOLD.ID);
    }

    /** A person with a D-number, in the household, staying now at the site since 30 days ago. */
    public long personAt(String site, long household, String relation) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(SEQUENCE.incrementAndGet() * 37L % 9000);
        String family = "Saksenko" + SEQUENCE.get() + "x" + System.nanoTime() % 100_000;
        long id = db.insertInto(PERSON).set(PERSON.FAMILY_NAME, family).set(PERSON.GIVEN_NAMES, "Olena")
                .set(PERSON.BIRTH_DATE, birth).set(PERSON.SEX, "FEMALE")
                .set(PERSON.IDENTITY_NUMBER, freeDNumber(birth))
                .set(PERSON.HOUSEHOLD_ID, household).set(PERSON.RELATION_TO_HEAD, relation)
                .set(PERSON.SEARCH_TEXT, family.toLowerCase() + " olena")
                .returning(PERSON.ID).fetchSingle(PERSON.ID);
        db.insertInto(STAY).set(STAY.PERSON_ID, id).set(STAY.SITE_ID, site(site))
                .set(STAY.CHECKED_IN_ON, today().minusDays(30)).execute();
        return id;
    }

    public long personAt(String site) {
        return personAt(site, household(), "HEAD");
    }

    /** Ends the person's open stay (they moved away from the site) yesterday. */
    void checkOut(long personId) {
        db.update(STAY).set(STAY.CHECKED_OUT_ON, today().minusDays(1)).set(STAY.CHECKOUT_REASON, "LEFT")
                .where(STAY.PERSON_ID.eq(personId).and(STAY.CHECKED_OUT_ON.isNull())).execute();
    }

    /** Today on the app's clock (Oslo), as the services see it. */
    private LocalDate today() {
        return LocalDate.now(context.getBean(Clock.class));
    }

    public @Nullable String identityNumber(long personId) {
        return db.select(PERSON.IDENTITY_NUMBER).from(PERSON).where(PERSON.ID.eq(personId))
                .fetchSingle(PERSON.IDENTITY_NUMBER);
    }

    /** A fødselsnummer nobody has yet. */
    public String freeFodselsnummer() {
        for (int attempt = 0; ; attempt++) {
            LocalDate birth = LocalDate.of(1940, 1, 1).plusDays((System.nanoTime() + attempt * 7919L) % 14000);
            try {
                String number = IdentityNumbers.fodselsnummer(birth, 100 + (int) (System.nanoTime() % 390)).value();
                if (!db.fetchExists(PERSON, PERSON.IDENTITY_NUMBER.eq(number))) {
                    return number;
                }
            } catch (IllegalArgumentException unusable) {
                // that individual number has no valid check digit: try another
            }
        }
    }

    private String freeDNumber(LocalDate birth) {
        for (int attempt = 0; ; attempt++) {
            try {
                String number = IdentityNumbers.dNumber(birth, 100 + (int) ((System.nanoTime() + attempt) % 390)).value();
                if (!db.fetchExists(PERSON, PERSON.IDENTITY_NUMBER.eq(number))) {
                    return number;
                }
            } catch (IllegalArgumentException unusable) {
                // try another individual number
            }
        }
    }

    /** Runs {@code work} signed in as another demo user, then puts the test's own user back. */
    public <T> T as(String username, Supplier<T> work) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
