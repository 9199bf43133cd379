package no.ankomst.health;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One dated entry of FHI's list: {@code country} has {@code incidence} from {@code validFrom} until {@code validTo}. */
public record IncidenceRow(long id, String country, Incidence incidence, LocalDate validFrom,
        @Nullable LocalDate validTo, int version) {
}
