package no.ankomst.health;

import no.ankomst.accommodation.ResidentArrived;
import no.ankomst.security.Capability;
import no.ankomst.security.SystemWork;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The requirement follows the person: when they arrive at a site (a check-in or a transfer), an appointment at a
 * clinic of another site is cancelled (MOVED), and the next booking run books them at the new site. Idempotent:
 * a second delivery finds nothing left to cancel. Check-outs publish no event; the booking run cancels those.
 */
@Component
class TbMoveListener {

    static final String ACTOR = "tb-booking";

    private final TbBookingService bookings;

    TbMoveListener(TbBookingService bookings) {
        this.bookings = bookings;
    }

    @ApplicationModuleListener
    void on(ResidentArrived arrived) {
        if (arrived.siteId() == null) {
            return;
        }
        SystemWork.as(ACTOR, Capability.BOOK_SCREENING).run(() -> bookings.cancelAtOtherSites(arrived.personId()));
    }
}
