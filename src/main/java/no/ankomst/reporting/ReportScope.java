package no.ankomst.reporting;

import org.jspecify.annotations.Nullable;

/**
 * Whose figures a report sums: the whole country, one county (its number), one municipality (its number: a
 * coordinator's settlement and programme figures) or one site (its id).
 */
public record ReportScope(Kind kind, @Nullable String id) {

    public enum Kind { COUNTRY, COUNTY, MUNICIPALITY, SITE }

    public ReportScope {
        if ((kind == Kind.COUNTRY) != (id == null)) {
            throw new IllegalArgumentException("a country scope has no id, the others one");
        }
    }

    public static ReportScope country() {
        return new ReportScope(Kind.COUNTRY, null);
    }

    public static ReportScope site(long siteId) {
        return new ReportScope(Kind.SITE, Long.toString(siteId));
    }

    public static ReportScope county(String code) {
        return new ReportScope(Kind.COUNTY, code);
    }

    public static ReportScope municipality(String code) {
        return new ReportScope(Kind.MUNICIPALITY, code);
    }
}
