package no.ankomst.health;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What views and the job get from {@link TbBookingService}: plain values, never jOOQ. */
public final class TbBookingRecords {

    private TbBookingRecords() {
    }

    /** A person's open (BOOKED) appointment. */
    public record Appointment(long id, long personId, long clinicId, String clinicName, @Nullable String location,
                              LocalDate day, TbTest test, int version) {
    }

    /** One day's slot of a clinic for a test type: its capacity and how many are booked. */
    public record Slot(LocalDate day, TbTest test, int capacity, int booked, boolean closed) {
        public int free() {
            return closed ? 0 : Math.max(0, capacity - booked);
        }
    }

    /** What one run of {@link TbBookingService#bookDue} did. */
    public record BookingRun(long booked, long referred, long cancelled, long unbookable) {
    }

    /**
     * What the booking dialog starts from: the site the person stays at (null if none), that site's clinic if it
     * takes bookings, and the open appointment.
     */
    public record BookingContext(@Nullable Long siteId, TbClinicRecords.@Nullable ClinicRow clinic,
                                 @Nullable Appointment appointment) {
    }
}
