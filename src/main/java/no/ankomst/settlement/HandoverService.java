package no.ankomst.settlement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.base.Age;
import no.ankomst.health.TbStatus;
import no.ankomst.health.TbStatusService;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import no.ankomst.security.Scope;
import no.ankomst.settlement.ProposalRecords.AcceptedSettlement;
import no.ankomst.settlement.ProposalRecords.Handover;
import no.ankomst.settlement.ProposalRecords.HandoverMember;
import no.ankomst.settlement.ProposalRecords.MemberRow;
import no.ankomst.settlement.ProposalRecords.ProposalRow;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The handover summary of a household to the municipality it is proposed (sent) or accepted to: composition by
 * age, languages, school-age and kindergarten-age children, the interview's summary and needs, and for each member
 * whether TB screening is done (status only, from the health feature; never a result). Scoped like the proposal:
 * a coordinator only for their municipality. Each read is audited (it gathers a household's file in one place).
 */
@Service
public class HandoverService {

    static final int SCHOOL_FROM = 6;
    static final int SCHOOL_UNTIL = 15;
    static final int KINDERGARTEN_FROM = 1;

    private final ProposalRepository proposals;
    private final HandoverRepository repository;
    private final TbStatusService tb;
    private final Permissions permissions;
    private final AuditService audit;
    private final Clock clock;

    HandoverService(ProposalRepository proposals, HandoverRepository repository, TbStatusService tb,
                    Permissions permissions, AuditService audit, Clock clock) {
        this.proposals = proposals;
        this.repository = repository;
        this.tb = tb;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The person's settlement as accepted: the municipality of their household's accepted proposal and their own
     * date. Empty when the household has no accepted proposal the caller reaches, or the person no date yet; refused
     * ({@link AccessDeniedException}) when the household has an open proposal outside the caller's reach or no
     * household at all.
     */
    @Transactional(readOnly = true)
    public Optional<AcceptedSettlement> acceptedSettlement(long personId) {
        Scope scope = permissions.require(Capability.READ_SETTLEMENT);
        long householdId = repository.householdOf(personId)
                .orElseThrow(() -> new AccessDeniedException("no household of person " + personId));
        ProposalRow proposal = proposals.openOf(scope, householdId)
                .orElseThrow(() -> new AccessDeniedException("no proposal of household " + householdId + " reached"));
        if (proposal.state() != ProposalState.ACCEPTED) {
            return Optional.empty();
        }
        return proposals.members(householdId, proposal.id()).stream()
                .filter(member -> member.personId() == personId && member.settlementDate() != null)
                .findFirst()
                .map(member -> new AcceptedSettlement(personId, householdId, proposal.municipalityCode(),
                        proposal.municipalityName(), member.settlementDate()));
    }

    /**
     * Everyone in an accepted proposal the caller reaches who moves from {@code from} to {@code to} and has not moved
     * yet (the settlement notices of a period): a coordinator's municipality, an officer's counties, the households
     * at a centre worker's sites. At most {@code limit}, soonest first.
     */
    @Transactional(readOnly = true)
    public List<AcceptedSettlement> moving(LocalDate from, LocalDate to, int limit) {
        return proposals.moving(permissions.require(Capability.READ_SETTLEMENT), from, to, limit);
    }

    @Transactional(readOnly = true)
    public Handover handover(long householdId) {
        Scope scope = permissions.require(Capability.READ_SETTLEMENT);
        ProposalRow proposal = proposals.openOf(scope, householdId)
                .orElseThrow(() -> new AccessDeniedException("no proposal of household " + householdId + " reached"));
        LocalDate today = LocalDate.now(clock);
        List<HandoverMember> members = new ArrayList<>();
        int school = 0;
        int kindergarten = 0;
        for (MemberRow member : proposals.members(householdId, proposal.id())) {
            int age = Age.of(member.birthDate()).on(today);
            if (age >= SCHOOL_FROM && age <= SCHOOL_UNTIL) {
                school++;
            } else if (age >= KINDERGARTEN_FROM && age < SCHOOL_FROM) {
                kindergarten++;
            }
            String tbKey = tb.statusForHandover(member.personId()).map(TbStatus::i18nKey).orElse("tb.status.unknown");
            members.add(new HandoverMember(member.personId(), member.name(), age, member.settlementDate(), tbKey));
        }
        HandoverRepository.Interview interview = repository.interview(householdId)
                .orElse(new HandoverRepository.Interview(null, 1, false, List.of()));
        audit.recordRead(AuditAction.HANDOVER_READ, ProposalService.ENTITY, proposal.id(),
                "handover of household " + householdId + " to " + proposal.municipalityCode());
        return new Handover(householdId, proposal.municipalityCode(), proposal.state(), members,
                repository.languages(householdId), school, kindergarten, interview.summary(), interview.roomsNeeded(),
                interview.needsAccessible(), interview.neededServices());
    }
}
