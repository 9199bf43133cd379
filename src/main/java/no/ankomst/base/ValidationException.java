package no.ankomst.base;

import java.util.List;

/**
 * Input broke a rule. Each violation names the field and the rule as i18n keys, so the form can
 * mark the field and the user reads which rule it was. Thrown before anything is written.
 */
public class ValidationException extends RuntimeException {

    private final List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(violations.stream().map(Violation::toString).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
        this.violations = List.copyOf(violations);
    }

    public static ValidationException of(String field, String ruleKey, Object... args) {
        return new ValidationException(List.of(new Violation(field, ruleKey, List.of(args))));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** {@code field} is the field's i18n key suffix, {@code ruleKey} the i18n key of the rule. */
    public record Violation(String field, String ruleKey, List<Object> args) {
        @Override
        public String toString() {
            return field + ": " + ruleKey + (args.isEmpty() ? "" : " " + args);
        }
    }
}
