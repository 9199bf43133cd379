package no.ankomst.health;

import java.util.Map;
import java.util.Set;
import no.ankomst.health.TbBookingRecords.BookingRun;
import no.ankomst.jobs.JobContext;
import no.ankomst.jobs.JobCounts;
import no.ankomst.jobs.ScheduledJob;
import no.ankomst.security.Capability;
import org.springframework.stereotype.Component;

/**
 * {@code tb-booking}, daily at 02:00 Oslo time ({@code ankomst.jobs.tb-booking.cron}): {@link TbBookingService#bookDue}
 * for the firing's day. Run twice for a day, the second run changes nothing.
 */
@Component
class TbBookingJob implements ScheduledJob {

    private final TbBookingService bookings;

    TbBookingJob(TbBookingService bookings) {
        this.bookings = bookings;
    }

    @Override
    public String name() {
        return "tb-booking";
    }

    @Override
    public String i18nKey() {
        return "jobs.name.tb-booking";
    }

    @Override
    public String defaultCron() {
        return "0 0 2 * * ?";
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.BOOK_SCREENING);
    }

    @Override
    public JobCounts run(JobContext context) {
        BookingRun run = bookings.bookDue(context.scheduledFireInOslo().toLocalDate());
        return new JobCounts(Map.of("booked", run.booked(), "referred", run.referred(), "cancelled", run.cancelled(),
                "unbookable", run.unbookable()), false);
    }
}
