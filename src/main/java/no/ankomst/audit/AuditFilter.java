package no.ankomst.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Empty or null parts match everything; dates are whole days in Oslo time, both ends included. */
public record AuditFilter(String actor, @Nullable String action, @Nullable LocalDate from, @Nullable LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter("", null, null, null);
    }
}
