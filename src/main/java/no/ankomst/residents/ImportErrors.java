package no.ankomst.residents;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.ankomst.base.ValidationException.Violation;
import no.ankomst.residents.RegistrationImportRecords.RowError;

/** The errors of one pass: all counted, the first {@code max} kept, so a file of nothing but errors stays small. */
final class ImportErrors {

    private final int max;
    private final List<RowError> kept = new ArrayList<>();
    private int count;

    ImportErrors(int max) {
        this.max = max;
    }

    void add(RowError error) {
        count++;
        if (kept.size() < max) {
            kept.add(error);
        }
    }

    List<RowError> kept() {
        return List.copyOf(kept);
    }

    int count() {
        return count;
    }

    /**
     * The registration rules' violations as row errors on the columns they came from. A cell that could
     * not be read already has its error, so the rule it then breaks ("is required") is not repeated.
     */
    static void addRuleViolations(int row, List<Violation> violations, List<RowError> found) {
        Set<String> unreadable = new HashSet<>();
        found.forEach(error -> unreadable.add(String.valueOf(error.column())));
        for (Violation violation : violations) {
            String column = ImportColumn.columnOf(violation.field());
            if (!unreadable.contains(String.valueOf(column))) {
                found.add(new RowError(row, column, violation.ruleKey(), violation.args()));
            }
        }
    }
}
