package no.ankomst.health;


import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.ankomst.health.TbClinicRecords.Capacity;
import no.ankomst.health.TbClinicRecords.ClinicChange;
import no.ankomst.health.TbClinicRecords.SiteOption;
import no.ankomst.security.Role;
import no.ankomst.security.Scope;
import no.ankomst.security.Capability;
import no.ankomst.security.SystemWork;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo profile's screening clinics: one at each demo site without one (the health user's sites and the
 * staff user's included), open Monday to Friday, and a first booking run so the demo shows booked appointments.
 * It runs after the demo's TB results (order 40), so people the demo has screened already are not booked again.
 */
@Component
@Profile("demo")
@Order(45)
class DemoClinics implements ApplicationRunner {

    private static final Scope EVERY_SITE = new Scope(Role.ADMIN, Set.of(), null);

    private final TbClinicRepository clinics;
    private final TbBookingService bookings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoClinics(TbClinicRepository clinics, TbBookingService bookings, TransactionTemplate transactions,
                Clock clock) {
        this.clinics = clinics;
        this.bookings = bookings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean created = Boolean.TRUE.equals(transactions.execute(status -> {
            boolean any = false;
            for (SiteOption site : clinics.sites(EVERY_SITE)) {
                if (!site.hasClinic()) {
                    long id = clinics.insert(site.id(), new ClinicChange(site.id(), "Helsestasjon " + site.name(),
                            "Helserommet", true, List.of(), List.of()));
                    clinics.replaceCapacities(id, week());
                    any = true;
                }
            }
            return any;
        }));
        if (created) {
            SystemWork.as("demo", Capability.BOOK_SCREENING).run(() -> bookings.bookDue(LocalDate.now(clock)));
        }
    }

    private static List<Capacity> week() {
        List<Capacity> week = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.add(new Capacity(day, TbTest.QUESTIONNAIRE, 6));
            week.add(new Capacity(day, TbTest.XRAY, 12));
            week.add(new Capacity(day, TbTest.IGRA, 2));
            week.add(new Capacity(day, TbTest.XRAY_AND_IGRA, 2));
        }
        return week;
    }
}
