package no.ankomst.residents;

import static no.ankomst.db.Tables.APP_USER;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SITE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import no.ankomst.accommodation.CheckoutReason;
import no.ankomst.accommodation.StayService;
import no.ankomst.residents.ResidentRecords.DocumentInput;
import no.ankomst.residents.ResidentRecords.NewResident;
import no.ankomst.residents.ResidentRecords.PoliceRegistrationInput;
import no.ankomst.security.Role;
import no.ankomst.security.UserRecords.NewUser;
import no.ankomst.security.UserService;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Registers test residents through the real service and runs steps as one of the demo users. Every
 * surname, identity number and document number is new, so tests never meet each other's people.
 */
/** A Spring bean of the test context (found by the component scan), so each test just injects it. */
@org.springframework.stereotype.Component
public final class ResidentTestData {

    public static final String RADE = "Nasjonalt ankomstsenter Råde";
    public static final String HAUGESUND = "Haugesund mottak";
    /** Centre staff of Haugesund: staff of another site than the demo user {@code staff} (Råde). */
    public static final String HAUGESUND_STAFF = "staff-haugesund";
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 5000) * 10);

    private final ResidentService residents;
    private final StayService stays;
    private final UserDetailsService users;
    private final UserService userAdmin;
    private final DSLContext db;
    private final Clock clock;

    public ResidentTestData(ResidentService residents, StayService stays, UserDetailsService users,
                            UserService userAdmin, DSLContext db, Clock clock) {
        this.residents = residents;
        this.stays = stays;
        this.users = users;
        this.userAdmin = userAdmin;
        this.db = db;
        this.clock = clock;
    }

    public static String surname() {
        int n = SEQUENCE.incrementAndGet();
        StringBuilder name = new StringBuilder("Redaguk");
        for (char c : Integer.toString(n, 26).toCharArray()) {
            name.append((char) ('a' + Character.digit(c, 26)));
        }
        return name.toString();
    }

    /** A D-number for the birth date that nobody in the shared database has yet (other tests use the same dates). */
    public String dNumber(LocalDate birth) {
        for (int attempt = 0; attempt < 400; attempt++) {
            String number = IdentityNumbers.dNumber(birth, 100 + SEQUENCE.incrementAndGet() % 390).value();
            if (!db.fetchExists(PERSON, PERSON.IDENTITY_NUMBER.eq(number))) {
                return number;
            }
        }
        throw new IllegalStateException("no free D-number for " + birth);
    }

    public static String passport() {
        return "ED" + (100000 + SEQUENCE.incrementAndGet());
    }

    public long site(String name) {
        return db.select(SITE.ID).from(SITE).where(SITE.NAME.eq(name)).fetchSingle(SITE.ID);
    }

    /** Runs {@code step} signed in as {@code username}, then restores who was signed in before. */
    public <T> T as(String username, Supplier<T> step) {
        if (username.equals(HAUGESUND_STAFF)) {
            ensureHaugesundStaff();
        }
        SecurityContext before = SecurityContextHolder.getContext();
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return step.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    public void as(String username, Runnable step) {
        as(username, () -> {
            step.run();
            return null;
        });
    }

    /** The demo data have one centre staff user (Råde); scope tests also need one of another site. */
    private synchronized void ensureHaugesundStaff() {
        if (!db.fetchExists(APP_USER, APP_USER.USERNAME.eq(HAUGESUND_STAFF))) {
            as("admin", () -> userAdmin.create(new NewUser(HAUGESUND_STAFF, "Hege Haugesund", Role.CENTRE_STAFF,
                    Set.of(site(HAUGESUND)), null, "haugesund-staff-test-2026")));
        }
    }

    /** A person heading a new household, with a D-number, a passport and a police registration, at a site. */
    public ResidentService.Registered head(String surname, String given, LocalDate birth, String siteName) {
        return as("admin", () -> residents.register(new NewResident(surname, given, null, null, birth, Sex.FEMALE,
                List.of("UA"), List.of("uk"), null, Set.of(), null, LocalDate.of(2025, 3, 1), dNumber(birth),
                new DocumentInput(DocumentType.PASSPORT, passport(), "UA", LocalDate.of(2031, 1, 1)),
                new PoliceRegistrationInput(LocalDate.of(2025, 3, 1), "Øst politidistrikt", true, true, true, null,
                        true), site(siteName), null, null, false, null)));
    }

    /** A person heading a new household with nothing but name, birth date and (optionally) a site. */
    public ResidentService.Registered plainHead(String surname, String given, LocalDate birth,
                                                @Nullable String siteName) {
        return as("admin", () -> residents.register(new NewResident(surname, given, null, null, birth, Sex.MALE,
                List.of("UA"), List.of(), null, Set.of(), null, LocalDate.of(2025, 3, 1), null, null, null,
                siteName == null ? null : site(siteName), null, null, false, null)));
    }

    /** A member of an existing household, without numbers or documents, at a site (or none). */
    public long member(long householdId, String surname, String given, LocalDate birth, Relation relation,
                       @Nullable String siteName) {
        return as("admin", () -> residents.register(new NewResident(surname, given, null, null, birth, Sex.MALE,
                List.of("UA"), List.of(), null, Set.of(), null, LocalDate.of(2025, 3, 1), null, null, null,
                siteName == null ? null : site(siteName), householdId, relation, true, null)).personId());
    }

    /** Closes the person's open stay today: they stayed at the site, and left. */
    public void checkOut(long personId) {
        as("admin", () -> stays.checkOut(stays.openStay(personId).orElseThrow().id(),
                LocalDate.now(clock), CheckoutReason.LEFT));
    }
}
