package no.ankomst.health.ui;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import no.ankomst.base.ui.ResidentPageContext;
import no.ankomst.health.TbBookingService;
import no.ankomst.health.TbStatus;
import no.ankomst.health.TbStatusService;
import no.ankomst.residents.ui.ResidentAction;
import no.ankomst.security.Capability;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Book TB screening" in the resident's header: opens the {@link BookingDialog} for people the user may book whose
 * screening is still to be done (not for someone screened already or referred to the municipal health service).
 */
@Component
@Order(20)
class BookingAction implements ResidentAction {

    private static final Set<TbStatus> SETTLED = EnumSet.of(TbStatus.DONE, TbStatus.REFERRED);

    private final TbBookingService bookings;
    private final TbStatusService statuses;
    private final Clock clock;

    BookingAction(TbBookingService bookings, TbStatusService statuses, Clock clock) {
        this.bookings = bookings;
        this.statuses = statuses;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "resident-tb-booking";
    }

    @Override
    public String labelKey() {
        return "booking.action";
    }

    @Override
    public Capability capability() {
        return Capability.BOOK_SCREENING;
    }

    @Override
    public boolean shownFor(long personId) {
        return bookings.mayBook(personId)
                && statuses.summary(personId).map(summary -> !SETTLED.contains(summary.status())).orElse(false);
    }

    @Override
    public void run(ResidentPageContext page) {
        new BookingDialog(bookings, clock, page.personId(), page::refresh).open();
    }
}
