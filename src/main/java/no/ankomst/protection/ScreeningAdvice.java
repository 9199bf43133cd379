package no.ankomst.protection;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of a screening: the outcome, the ground it rests on (only when the person likely qualifies),
 * the reasons staff read, and — when information is missing — which facts to find out (fact names, the
 * same names a {@link no.ankomst.base.ValidationException} uses for the fields).
 */
public record ScreeningAdvice(ScreeningOutcome outcome, @Nullable EligibilityGround ground,
                              List<ScreeningReason> reasons, List<String> missingFacts) {

    public ScreeningAdvice {
        if ((outcome == ScreeningOutcome.LIKELY_QUALIFIES) != (ground != null)) {
            throw new IllegalArgumentException("a ground belongs to LIKELY_QUALIFIES and only to it");
        }
        if ((outcome == ScreeningOutcome.INFORMATION_MISSING) != !missingFacts.isEmpty()) {
            throw new IllegalArgumentException("missing facts belong to INFORMATION_MISSING and only to it");
        }
        reasons = List.copyOf(reasons);
        missingFacts = List.copyOf(missingFacts);
    }

    public List<String> reasonKeys() {
        return reasons.stream().map(ScreeningReason::key).toList();
    }
}
