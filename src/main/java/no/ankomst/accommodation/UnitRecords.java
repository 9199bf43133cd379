package no.ankomst.accommodation;

import java.util.List;

/** Units and beds of a site, as their administration reads and writes them. */
public final class UnitRecords {

    private UnitRecords() {
    }

    public record UnitRow(long id, long siteId, String name, int version, List<BedRow> beds) {
    }

    public record BedRow(long id, long unitId, String label, boolean accessible, boolean childBed, boolean blocked,
                         int version) {
    }

    public record NewBed(String label, boolean accessible, boolean childBed) {
    }

    /** A bed nobody holds from today on; what a check-in or a household move may choose from. */
    public record FreeBed(long bedId, long unitId, String unitName, String label, boolean accessible,
                          boolean childBed) {
    }
}
