package no.ankomst.accommodation;

import java.sql.SQLException;
import java.util.Optional;
import no.ankomst.base.ValidationException;
import org.springframework.dao.DataAccessException;

/**
 * The database's exclusion constraints are the last word on double bookings: two check-ins that both
 * passed the service's checks meet here, and the one that commits second is told in the user's terms.
 */
final class StayConstraints {

    static final String EXCLUSION_VIOLATION = "23P01";
    static final String BED_NOT_DOUBLE_BOOKED = "stay_bed_not_double_booked";
    static final String PERSON_IN_ONE_PLACE = "stay_person_in_one_place";

    private StayConstraints() {
    }

    /** The rule a failed write broke, or empty when it was something else (then it stays an error). */
    static Optional<ValidationException> explain(DataAccessException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                String message = String.valueOf(sql.getMessage());
                if (message.contains(BED_NOT_DOUBLE_BOOKED)) {
                    return Optional.of(ValidationException.of("bed", "validation.stay.bedJustTaken"));
                }
                if (message.contains(PERSON_IN_ONE_PLACE)) {
                    return Optional.of(ValidationException.of("person", "validation.stay.personElsewhere"));
                }
            }
        }
        return Optional.empty();
    }
}
