package no.ankomst.settlement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A municipality's yearly request and council decision, as the quota screen reads and writes them. */
public final class QuotaRecords {

    private QuotaRecords() {
    }

    /**
     * One municipality in one year. Request and decision are null until recorded; {@code settledOrAccepted} counts
     * the members of accepted proposals with a settlement date that year; {@code left} is the decision minus them.
     */
    public record QuotaRow(String municipalityCode, String municipalityName, int year, @Nullable Long id,
                           @Nullable Integer requestedPersons, @Nullable Integer requestedMinors,
                           @Nullable LocalDate requestedOn, @Nullable Integer decidedPersons,
                           @Nullable Integer decidedMinors, @Nullable LocalDate decidedOn, int settledOrAccepted,
                           @Nullable Integer left, int version) {
    }

    /** The officer's request; {@code version} null for a first request of the year. */
    public record RequestForm(String municipalityCode, int year, @Nullable Integer version,
                              @Nullable Integer requestedPersons, @Nullable Integer requestedMinors,
                              @Nullable String note) {
    }

    /** The coordinator's record of the council's decision, on the request of that year. */
    public record DecisionForm(String municipalityCode, int year, int version, @Nullable Integer decidedPersons,
                               @Nullable Integer decidedMinors, @Nullable LocalDate decidedOn) {
    }
}
