package no.ankomst.settlement.matching;

import java.time.Duration;
import java.util.List;

/**
 * One run's proposals (one per household, in the input's order), their score and how long it took.
 *
 * @param firstFeasible time until the first solution without a broken hard rule
 */
public record MatchResult(List<Proposal> proposals, MatchScore score, Duration firstFeasible, Duration elapsed) {

    public MatchResult {
        proposals = List.copyOf(proposals);
    }
}
