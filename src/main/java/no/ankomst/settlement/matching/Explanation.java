package no.ankomst.settlement.matching;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Why a proposal: its score per preference term (weighted, computed by {@link PreferenceTerm}, not by the solver)
 * and the best two other municipalities the hard rules allow for the household, with their scores per term.
 *
 * @param terms weighted score per term; they add up to {@code total}
 * @param alternatives at most two, best first
 */
public record Explanation(Map<PreferenceTerm, Long> terms, long total, List<Alternative> alternatives) {

    public Explanation {
        terms = copy(terms);
        alternatives = List.copyOf(alternatives);
    }

    /** Another municipality the household could have gone to, as it would have scored there. */
    public record Alternative(String municipalityCode, Map<PreferenceTerm, Long> terms, long total) {

        public Alternative {
            terms = copy(terms);
        }
    }

    /** An unmodifiable copy in term order; also of an empty map that is not an EnumMap (read back from storage). */
    private static Map<PreferenceTerm, Long> copy(Map<PreferenceTerm, Long> terms) {
        EnumMap<PreferenceTerm, Long> copy = new EnumMap<>(PreferenceTerm.class);
        copy.putAll(terms);
        return Collections.unmodifiableMap(copy);
    }
}
