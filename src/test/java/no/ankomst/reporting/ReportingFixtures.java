package no.ankomst.reporting;

import static no.ankomst.db.Tables.BED;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;
import static no.ankomst.db.Tables.UNIT;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/** A site of its own with beds, and people staying there, straight in the shared database; names are unique. */
final class ReportingFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final DSLContext db;

    ReportingFixtures(DSLContext db) {
        this.db = db;
    }

    long site(int capacity, int beds) {
        long site = db.insertInto(SITE).set(SITE.NAME, "Rapportmottak " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime())
                .set(SITE.TYPE, "ORDINARY_CENTRE").set(SITE.MUNICIPALITY_CODE, "3112").set(SITE.CAPACITY, capacity)
                .returning(SITE.ID).fetchSingle(SITE.ID);
        long unit = db.insertInto(UNIT).set(UNIT.SITE_ID, site).set(UNIT.NAME, "A")
                .returning(UNIT.ID).fetchSingle(UNIT.ID);
        for (int i = 1; i <= beds; i++) {
            db.insertInto(BED).set(BED.UNIT_ID, unit).set(BED.LABEL, "A" + i).execute();
        }
        return site;
    }

    /** Signs the demo user in on this thread, as the login would (the test signs out after each test). */
    static void signInAs(org.springframework.security.core.userdetails.UserDetailsService users, String username) {
        var user = users.loadUserByUsername(username);
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(user,
                        null, user.getAuthorities()));
    }

    long siteNamed(String name) {
        return db.select(SITE.ID).from(SITE).where(SITE.NAME.eq(name)).fetchSingle(SITE.ID);
    }

    /** A person staying at the site from {@code in} until {@code out} (exclusive; null: still there), without a bed. */
    long stay(long site, String sex, LocalDate birth, LocalDate in, @Nullable LocalDate out) {
        String family = "Zvitenko" + SEQUENCE.incrementAndGet();
        long id = db.insertInto(PERSON).set(PERSON.FAMILY_NAME, family).set(PERSON.GIVEN_NAMES, "Ivanna")
                .set(PERSON.BIRTH_DATE, birth).set(PERSON.SEX, sex).set(PERSON.ARRIVAL_DATE, in)
                .set(PERSON.SEARCH_TEXT, family.toLowerCase() + " ivanna")
                .returning(PERSON.ID).fetchSingle(PERSON.ID);
        db.insertInto(STAY).set(STAY.PERSON_ID, id).set(STAY.SITE_ID, site).set(STAY.CHECKED_IN_ON, in)
                .set(STAY.CHECKED_OUT_ON, out).set(STAY.CHECKOUT_REASON, out == null ? null : "LEFT").execute();
        return id;
    }
}
