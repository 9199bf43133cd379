package no.ankomst.settlement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Dwellings a municipality offers for settlement. */
public final class DwellingRecords {

    private DwellingRecords() {
    }

    /** OFFERED, RESERVED (an accepted household moves in), USED (settled), WITHDRAWN. */
    public enum DwellingState { OFFERED, RESERVED, USED, WITHDRAWN }

    public record DwellingRow(long id, String municipalityCode, String label, int rooms, int persons,
                              boolean accessible, LocalDate availableFrom, DwellingState state, int version) {
    }

    /** A new dwelling ({@code id} and {@code version} null) or a change to an offered one. */
    public record DwellingForm(@Nullable Long id, @Nullable Integer version, @Nullable String label,
                               @Nullable Integer rooms, @Nullable Integer persons, boolean accessible,
                               @Nullable LocalDate availableFrom) {
    }
}
