package no.ankomst.base;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects every broken rule of one input, so the user sees all of them at once. */
public final class Violations {

    private final List<ValidationException.Violation> found = new ArrayList<>();

    public Violations required(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            add(field, "validation.required");
        }
        return this;
    }

    public Violations maxLength(String field, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "validation.maxLength", max);
        }
        return this;
    }

    public Violations check(boolean ok, String field, String ruleKey, Object... args) {
        if (!ok) {
            add(field, ruleKey, args);
        }
        return this;
    }

    public Violations add(String field, String ruleKey, Object... args) {
        found.add(new ValidationException.Violation(field, ruleKey, List.of(args)));
        return this;
    }

    /** What was found so far, in the order found (a row of an import reports them instead of throwing). */
    public List<ValidationException.Violation> all() {
        return List.copyOf(found);
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }
}
