package no.ankomst.settlement;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.Violations;
import no.ankomst.security.Capability;
import no.ankomst.security.CurrentUser;
import no.ankomst.security.Permissions;
import no.ankomst.security.Scope;
import no.ankomst.settlement.ProposalRecords.DwellingOption;
import no.ankomst.settlement.ProposalRecords.ProposalFilter;
import no.ankomst.settlement.ProposalRecords.ProposalRow;
import no.ankomst.settlement.ProposalRecords.ScoreThere;
import no.ankomst.settlement.matching.Explanation;
import no.ankomst.settlement.matching.MatchHousehold;
import no.ankomst.settlement.matching.MatchMunicipality;
import no.ankomst.settlement.matching.MatchWeights;
import no.ankomst.settlement.matching.PreferenceTerm;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer's side of proposals (their counties): the list with the score per term and the alternatives, an
 * override to another municipality (and dwelling) with a required reason, sending a draft (the household becomes
 * PROPOSED) and withdrawing (a sent one returns the household to READY). Each refusal names what is missing.
 */
@Service
public class ProposalService {

    static final String ENTITY = "settlement_proposal";
    private static final int MAX_PAGE = 500;
    private static final int REASON_MAX = 2000;

    private final ProposalRepository repository;
    private final MatchingInputRepository input;
    private final ProposalChecks checks;
    private final PlacesRepository places;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final MatchWeights weights;

    ProposalService(ProposalRepository repository, MatchingInputRepository input, ProposalChecks checks,
                    PlacesRepository places, Permissions permissions, CurrentUser currentUser, AuditService audit, MatchWeights weights) {
        this.repository = repository;
        this.input = input;
        this.checks = checks;
        this.places = places;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.weights = weights;
    }

    /** Whether the signed-in user sends proposals (settlement officers). */
    public boolean sends() {
        return permissions.may(Capability.SEND_PROPOSALS);
    }

    @Transactional(readOnly = true)
    public List<ProposalRow> page(ProposalFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("bad page: offset " + offset + ", limit " + limit);
        }
        return repository.page(permissions.require(Capability.READ_SETTLEMENT), filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(ProposalFilter filter) {
        return repository.count(permissions.require(Capability.READ_SETTLEMENT), filter);
    }

    /**
     * The household's latest decline (municipality, reason), if the caller reaches it: what the pipeline and the
     * household show after a household has returned to READY.
     */
    @Transactional(readOnly = true)
    public Optional<ProposalRecords.Decline> lastDecline(long householdId) {
        return repository.lastDecline(permissions.require(Capability.READ_SETTLEMENT), householdId);
    }

    /** A proposal the caller reaches; otherwise refused alike whether it exists or not. */
    @Transactional(readOnly = true)
    public ProposalRow get(long proposalId) {
        return repository.find(permissions.require(Capability.READ_SETTLEMENT), proposalId)
                .orElseThrow(() -> new AccessDeniedException("proposal " + proposalId + " not reached"));
    }

    /** How the household of a proposal would score in another municipality, term by term (before overriding). */
    @Transactional(readOnly = true)
    public Optional<ScoreThere> scoreThere(long proposalId, String municipalityCode) {
        ProposalRow proposal = mine(proposalId);
        Optional<MatchHousehold> household = input.household(proposal.householdId(), checks.today());
        Optional<MatchMunicipality> municipality = input.municipality(municipalityCode, checks.today().getYear());
        if (household.isEmpty() || municipality.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(scoreThere(household.get(), municipality.get()));
    }

    /** Municipalities of the officer's counties with a council decision this year: where an override may go. */
    @Transactional(readOnly = true)
    public List<String> overrideMunicipalities() {
        Scope scope = permissions.require(Capability.SEND_PROPOSALS);
        return places.leftInCounties(scope.countyCodes(), checks.today().getYear()).stream()
                .map(PlacesRepository.Left::code).toList();
    }

    /** Dwellings on offer in a municipality that fit the proposal's household (for an override). */
    @Transactional(readOnly = true)
    public List<DwellingOption> dwellingsFor(long proposalId, String municipalityCode) {
        ProposalRow proposal = mine(proposalId);
        ProposalRepository.Needs needs = repository.needs(proposal.householdId());
        return repository.fittingDwellings(municipalityCode, needs.rooms(), proposal.size(), needs.accessible(),
                proposalId);
    }

    /**
     * Moves a draft to another municipality (and dwelling) with a reason, keeping the matching's explanation's
     * alternatives and scoring the chosen one by the same terms.
     */
    @Transactional
    public void override(long proposalId, int version, String municipalityCode, @Nullable Long dwellingId,
            @Nullable String reason) {
        ProposalRow proposal = mine(proposalId);
        Violations violations = new Violations();
        violations.required("overrideReason", reason).maxLength("overrideReason", reason, REASON_MAX);
        violations.check(proposal.state() == ProposalState.DRAFT, "state", "validation.settlement.notDraft");
        violations.check(!municipalityCode.equals(proposal.municipalityCode()), "municipality",
                "validation.settlement.sameMunicipality");
        Scope scope = currentUser.scope();
        Optional<MatchMunicipality> target = input.municipality(municipalityCode, checks.today().getYear());
        violations.check(target.isEmpty() || scope.countyCodes().contains(target.get().county()), "municipality",
                "validation.settlement.outsideCounties");
        checks.check(violations, proposal, municipalityCode);
        if (dwellingId != null) {
            violations.check(dwellingsFor(proposalId, municipalityCode).stream().anyMatch(d -> d.id() == dwellingId),
                    "dwelling", "validation.settlement.dwellingDoesNotFit");
        }
        violations.throwIfAny();
        MatchHousehold household = input.household(proposal.householdId(), checks.today()).orElseThrow();
        ScoreThere there = target.map(m -> scoreThere(household, m))
                .orElse(new ScoreThere(municipalityCode, Map.of(), 0));
        Explanation explanation = new Explanation(there.terms(), there.total(), proposal.explanation().alternatives());
        if (!repository.override(proposalId, version, municipalityCode, dwellingId, there.total(),
                ExplanationJson.write(explanation), reason.strip())) {
            throw new ConflictException(ENTITY, proposalId);
        }
        audit.record(AuditAction.PROPOSAL_OVERRIDDEN, ENTITY, proposalId, "household " + proposal.householdId()
                + " from " + proposal.municipalityCode() + " (score " + proposal.score() + ") to " + municipalityCode
                + " (score " + there.total() + "): " + reason.strip());
    }

    /** Sends a draft to the municipality's coordinator; the household becomes PROPOSED. */
    @Transactional
    public void send(long proposalId, int version) {
        ProposalRow proposal = mine(proposalId);
        Violations violations = new Violations();
        violations.check(proposal.state() == ProposalState.DRAFT, "state", "validation.settlement.notDraft");
        checks.check(violations, proposal, proposal.municipalityCode());
        violations.throwIfAny();
        if (!repository.move(proposalId, version, ProposalState.DRAFT, ProposalState.SENT)) {
            throw new ConflictException(ENTITY, proposalId);
        }
        if (!repository.moveHousehold(proposal.householdId(), SettlementStates.READY, SettlementStates.PROPOSED)) {
            throw ValidationException.of("household", "validation.settlement.notReady", "-");
        }
        audit.record(AuditAction.PROPOSAL_SENT, ENTITY, proposalId, "household " + proposal.householdId() + " to "
                + proposal.municipalityCode());
    }

    /** Withdraws a draft or a sent proposal; a sent one returns the household to READY. */
    @Transactional
    public void withdraw(long proposalId, int version) {
        ProposalRow proposal = mine(proposalId);
        if (proposal.state() != ProposalState.DRAFT && proposal.state() != ProposalState.SENT) {
            throw ValidationException.of("state", "validation.settlement.notWithdrawable");
        }
        if (!repository.move(proposalId, version, proposal.state(), ProposalState.WITHDRAWN)) {
            throw new ConflictException(ENTITY, proposalId);
        }
        if (proposal.state() == ProposalState.SENT) {
            repository.moveHousehold(proposal.householdId(), SettlementStates.PROPOSED, SettlementStates.READY);
        }
        audit.record(AuditAction.PROPOSAL_WITHDRAWN, ENTITY, proposalId, "household " + proposal.householdId()
                + " to " + proposal.municipalityCode() + ", was " + proposal.state());
    }

    private ProposalRow mine(long proposalId) {
        Scope scope = permissions.require(Capability.SEND_PROPOSALS);
        return repository.find(scope, proposalId)
                .orElseThrow(() -> new AccessDeniedException("proposal " + proposalId + " not in the officer's counties"));
    }

    /** The household's weighted score per term there, as if it were the only household of its size class there. */
    private ScoreThere scoreThere(MatchHousehold household, MatchMunicipality municipality) {
        Map<PreferenceTerm, Long> terms = new EnumMap<>(PreferenceTerm.class);
        long total = 0;
        for (PreferenceTerm term : PreferenceTerm.values()) {
            long value = term.weighted(weights, household, municipality, 1);
            terms.put(term, value);
            total += value;
        }
        return new ScoreThere(municipality.code(), terms, total);
    }
}
