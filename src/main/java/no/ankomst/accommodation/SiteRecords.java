package no.ankomst.accommodation;

import org.jspecify.annotations.Nullable;

/** The values site administration reads and writes. */
public final class SiteRecords {

    private SiteRecords() {
    }

    public record SiteRow(long id, String name, SiteType type, String municipalityCode, String municipalityName,
                          @Nullable String address, @Nullable String operator, int capacity, boolean active) {
    }

    public record NewSite(String name, @Nullable SiteType type, @Nullable String municipalityCode,
                          @Nullable String address, @Nullable String operator, @Nullable Integer capacity) {
    }
}
