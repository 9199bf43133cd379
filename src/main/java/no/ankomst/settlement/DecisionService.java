package no.ankomst.settlement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.Violations;
import no.ankomst.security.Capability;
import no.ankomst.security.CurrentUser;
import no.ankomst.security.Permissions;
import no.ankomst.security.Scope;
import no.ankomst.security.SystemWork;
import no.ankomst.settlement.PlacesRepository.Left;
import no.ankomst.settlement.ProposalRecords.Acceptance;
import no.ankomst.settlement.ProposalRecords.DwellingOption;
import no.ankomst.settlement.ProposalRecords.MemberRow;
import no.ankomst.settlement.ProposalRecords.ProposalRow;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's answer to a proposal sent to their municipality. Accepting chooses a dwelling that fits (it
 * becomes RESERVED) and a settlement date per member, not before today; it locks the municipality's quota row for
 * each year concerned and counts the places left after the lock, so two accepts of the last place take turns and
 * the second is refused with the places left. Declining needs a reason: the household returns to READY and that
 * municipality is never proposed for it again. A date of today settles the members at once (as the daily job
 * would), so nobody waits for the night.
 */
@Service
public class DecisionService {

    private static final int REASON_MAX = 2000;

    private final ProposalRepository repository;
    private final PlacesRepository places;
    private final ProposalChecks checks;
    private final Settler settler;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final AuditService audit;

    DecisionService(ProposalRepository repository, PlacesRepository places, ProposalChecks checks, Settler settler,
                    Permissions permissions, CurrentUser currentUser, AuditService audit) {
        this.repository = repository;
        this.places = places;
        this.checks = checks;
        this.settler = settler;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Whether the signed-in user answers proposals (settlement coordinators). */
    public boolean decides() {
        return permissions.may(Capability.DECIDE_SETTLEMENT);
    }

    /** The members of the proposal's household, with their dates once accepted. */
    @Transactional(readOnly = true)
    public List<MemberRow> members(long proposalId) {
        ProposalRow proposal = repository.find(permissions.require(Capability.READ_SETTLEMENT), proposalId)
                .orElseThrow(() -> notReached(proposalId));
        return repository.members(proposal.householdId(), proposalId);
    }

    /** The municipality's dwellings on offer that fit the household. */
    @Transactional(readOnly = true)
    public List<DwellingOption> dwellings(long proposalId) {
        ProposalRow proposal = mine(proposalId);
        ProposalRepository.Needs needs = repository.needs(proposal.householdId());
        return repository.fittingDwellings(proposal.municipalityCode(), needs.rooms(), proposal.size(),
                needs.accessible(), proposalId);
    }

    @Transactional
    public void accept(long proposalId, int version, Acceptance acceptance) {
        ProposalRow proposal = mine(proposalId);
        LocalDate today = checks.today();
        Violations violations = new Violations();
        violations.check(proposal.state() == ProposalState.SENT, "state", "validation.settlement.notSent");
        violations.check(dwellings(proposalId).stream().anyMatch(d -> d.id() == acceptance.dwellingId()), "dwelling",
                "validation.settlement.dwellingDoesNotFit");
        List<MemberRow> members = repository.members(proposal.householdId(), null);
        Map<Integer, Integer> perYear = new TreeMap<>();
        for (MemberRow member : members) {
            LocalDate date = acceptance.settlementDates().get(member.personId());
            if (date == null) {
                violations.add("settlementDate", "validation.settlement.dateMissing", member.name());
            } else if (date.isBefore(today)) {
                violations.add("settlementDate", "validation.settlement.dateBeforeAcceptance", member.name());
            } else {
                perYear.merge(date.getYear(), 1, Integer::sum);
            }
        }
        violations.check(acceptance.settlementDates().keySet().stream()
                        .allMatch(id -> members.stream().anyMatch(m -> m.personId() == id)),
                "settlementDate", "validation.settlement.notAMember");
        violations.throwIfAny();
        // years in order, so two accepts spanning the same years lock in the same order
        for (Map.Entry<Integer, Integer> year : perYear.entrySet()) {
            if (!places.lockDecision(proposal.municipalityCode(), year.getKey())) {
                violations.add("settlementDate", "validation.settlement.noDecision", String.valueOf(year.getKey()));
                continue;
            }
            Left left = places.left(proposal.municipalityCode(), year.getKey(), false).orElseThrow();
            int free = proposal.unaccompaniedMinor() ? left.minors() : left.persons();
            violations.check(year.getValue() <= free, "settlementDate", proposal.unaccompaniedMinor()
                    ? "validation.settlement.beyondDecidedMinors" : "validation.settlement.beyondDecided",
                    Math.max(0, free), String.valueOf(year.getKey()));
        }
        violations.throwIfAny();
        if (!repository.decide(proposalId, version, ProposalState.ACCEPTED, currentUser.actorName(),
                acceptance.dwellingId(), null)) {
            throw new ConflictException(ProposalService.ENTITY, proposalId);
        }
        if (!repository.reserveDwelling(acceptance.dwellingId(), proposal.municipalityCode())) {
            throw ValidationException.of("dwelling", "validation.settlement.dwellingJustTaken");
        }
        repository.insertMembers(proposalId, acceptance.settlementDates());
        repository.moveHousehold(proposal.householdId(), SettlementStates.PROPOSED, SettlementStates.ACCEPTED);
        audit.record(AuditAction.PROPOSAL_ACCEPTED, ProposalService.ENTITY, proposalId, "household "
                + proposal.householdId() + " in " + proposal.municipalityCode() + ", dwelling "
                + acceptance.dwellingId() + ", dates " + new TreeMap<>(acceptance.settlementDates()));
        if (acceptance.settlementDates().values().stream().anyMatch(date -> !date.isAfter(today))) {
            SystemWork.as(SettlementJob.NAME, Capability.CHANGE_STAYS).run(() -> settler.settleDue(today, proposalId));
        }
    }

    @Transactional
    public void decline(long proposalId, int version, @Nullable String reason) {
        ProposalRow proposal = mine(proposalId);
        Violations violations = new Violations();
        violations.required("declineReason", reason).maxLength("declineReason", reason, REASON_MAX);
        violations.check(proposal.state() == ProposalState.SENT, "state", "validation.settlement.notSent");
        violations.throwIfAny();
        if (!repository.decide(proposalId, version, ProposalState.DECLINED, currentUser.actorName(), null,
                reason.strip())) {
            throw new ConflictException(ProposalService.ENTITY, proposalId);
        }
        repository.moveHousehold(proposal.householdId(), SettlementStates.PROPOSED, SettlementStates.READY);
        audit.record(AuditAction.PROPOSAL_DECLINED, ProposalService.ENTITY, proposalId, "household "
                + proposal.householdId() + " by " + proposal.municipalityCode() + ": " + reason.strip());
    }

    private ProposalRow mine(long proposalId) {
        Scope scope = permissions.require(Capability.DECIDE_SETTLEMENT);
        return repository.find(scope, proposalId).orElseThrow(() -> notReached(proposalId));
    }

    private static AccessDeniedException notReached(long proposalId) {
        return new AccessDeniedException("proposal " + proposalId + " is not this user's");
    }
}
