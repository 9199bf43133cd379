package no.ankomst.residents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ankomst.residents.RegistrationImportRecords.RowError;
import org.jspecify.annotations.Nullable;

/**
 * Forms households from {@code household_key}: the first row of a key heads the household, later rows
 * with the same key join it with their {@code relation}; a row without a key is a household of one. A
 * member whose head row was rejected is rejected too, so no household is imported without its head.
 */
final class ImportHouseholds {

    private static final int MAX_KEY = 100;

    private record Head(int row, boolean valid) {
    }

    private final Map<String, Head> heads = new HashMap<>();
    private int valid;

    /** Checks the row's place in its household and returns the relation it gets (HEAD for a first row). */
    @Nullable Relation place(int row, @Nullable String key, @Nullable Relation given, List<RowError> errors) {
        String column = ImportColumn.RELATION.header();
        if (key != null && key.length() > MAX_KEY) {
            errors.add(new RowError(row, ImportColumn.HOUSEHOLD_KEY.header(), "validation.maxLength", List.of(MAX_KEY)));
            return null;
        }
        Head head = key == null ? null : heads.get(key);
        if (head == null) {
            if (given != null && given != Relation.HEAD) {
                errors.add(new RowError(row, column, key == null ? "import.error.relationWithoutHousehold"
                        : "import.error.firstRowIsHead", List.of(given.name())));
            }
            return Relation.HEAD;
        }
        if (!head.valid()) {
            errors.add(new RowError(row, ImportColumn.HOUSEHOLD_KEY.header(), "import.error.headRejected",
                    List.of(head.row())));
        }
        if (given == null) {
            errors.add(new RowError(row, column, "validation.required", List.of()));
        } else if (given == Relation.HEAD) {
            errors.add(new RowError(row, column, "validation.household.twoHeads", List.of()));
        }
        return given;
    }

    /** Remembers a head row (valid or not) once all its rules have run. */
    void settle(int row, @Nullable String key, @Nullable Relation relation, boolean rowValid) {
        if (relation != Relation.HEAD) {
            return;
        }
        if (key != null) {
            heads.put(key, new Head(row, rowValid));
        }
        if (rowValid) {
            valid++;
        }
    }

    /** Households whose head row is valid. */
    int count() {
        return valid;
    }
}
