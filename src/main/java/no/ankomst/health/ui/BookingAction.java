package no.ankomst.health.ui;

import java.time.Clock;
import no.ankomst.base.ui.ResidentPageContext;
import no.ankomst.health.TbBookingService;
import no.ankomst.residents.ui.ResidentAction;
import no.ankomst.security.Capability;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Book TB screening" in the resident's header: opens the {@link BookingDialog} for people the user may book. */
@Component
@Order(20)
class BookingAction implements ResidentAction {

    private final TbBookingService bookings;
    private final Clock clock;

    BookingAction(TbBookingService bookings, Clock clock) {
        this.bookings = bookings;
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
        return bookings.mayBook(personId);
    }

    @Override
    public void run(ResidentPageContext page) {
        new BookingDialog(bookings, clock, page.personId(), page::refresh).open();
    }
}
