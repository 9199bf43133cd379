package no.ankomst.settlement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.ankomst.base.Violations;
import no.ankomst.settlement.PlacesRepository.Left;
import no.ankomst.settlement.ProposalRecords.ProposalRow;
import org.springframework.stereotype.Component;

/**
 * The hard rules a proposal must keep when the officer sends or overrides it, each refusal naming what is
 * missing: the household is ready, the municipality has decided this year and has places of the household's kind
 * left (minors only where minors' places were decided), and it has not declined this household before.
 */
@Component
class ProposalChecks {

    private final ProposalRepository proposals;
    private final PlacesRepository places;
    private final SettlementReadiness readiness;
    private final Clock clock;

    ProposalChecks(ProposalRepository proposals, PlacesRepository places, SettlementReadiness readiness, Clock clock) {
        this.proposals = proposals;
        this.places = places;
        this.readiness = readiness;
        this.clock = clock;
    }

    /** Everything a proposal of this household to {@code municipalityCode} breaks, added to {@code violations}. */
    void check(Violations violations, ProposalRow proposal, String municipalityCode) {
        String state = proposals.householdState(proposal.householdId()).orElse("");
        if (!SettlementStates.READY.equals(state)) {
            // ask the pipeline what is missing (permits, interview); past READY it is the proposal's own state
            List<String> missing = readiness.of(proposal.householdId()).missingKeys();
            if (missing.isEmpty()) {
                violations.add("household", "validation.settlement.notReady", state.isEmpty() ? "-" : state);
            }
            missing.forEach(key -> violations.add("household", key));
        }
        if (proposals.declinedBefore(proposal.householdId(), municipalityCode)) {
            violations.add("municipality", "validation.settlement.declinedBefore");
        }
        Optional<Left> left = places.left(municipalityCode, today().getYear(), true);
        if (left.isEmpty()) {
            violations.add("municipality", "validation.settlement.noDecision", String.valueOf(today().getYear()));
        } else if (proposal.unaccompaniedMinor()) {
            if (left.get().decidedMinors() == 0) {
                violations.add("municipality", "validation.settlement.noMinorsPlaces");
            } else {
                violations.check(left.get().minors() >= proposal.size(), "municipality",
                        "validation.settlement.beyondMinorsPlaces", Math.max(0, left.get().minors()));
            }
        } else {
            violations.check(left.get().persons() >= proposal.size(), "municipality",
                    "validation.settlement.beyondPlaces", Math.max(0, left.get().persons()));
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
