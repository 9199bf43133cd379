package no.ankomst.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * One figure of a report: its section, the i18n key of its label (with {@code {0}} filled from the text of
 * {@code argKey}, e.g. a case state), and its value (a count, a share in percent or days; printed as a number, so
 * XLSX cells are numbers).
 */
public record ReportLine(String section, String labelKey, @Nullable String argKey, BigDecimal value) {

    public static ReportLine count(String section, String labelKey, long value) {
        return new ReportLine(section, labelKey, null, BigDecimal.valueOf(value));
    }

    /** A share in percent with one decimal; an empty denominator gives 0 (nothing was due). */
    public static ReportLine share(String section, String labelKey, long part, long whole) {
        BigDecimal share = whole == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        return new ReportLine(section, labelKey, null, share);
    }
}
