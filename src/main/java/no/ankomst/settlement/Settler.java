package no.ankomst.settlement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ankomst.accommodation.CheckoutReason;
import no.ankomst.accommodation.StayService;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.settlement.SettlementRepository.Due;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settles the members whose date has come, in the caller's transaction: their open stay checked out (reason
 * SETTLED, through accommodation's service, on the settlement date or the stay's first day if later), the
 * municipality of residence recorded, the member marked settled, the dwelling USED and the household SETTLED once
 * all are; one {@link HouseholdSettled} per household and settlement date, published in the same transaction.
 * A member already settled is never touched again, so running twice changes nothing. Runs as the system
 * (needs {@code CHANGE_STAYS}).
 */
@Component
class Settler {

    private final SettlementRepository repository;
    private final StayService stays;
    private final ApplicationEventPublisher events;
    private final AuditService audit;

    Settler(SettlementRepository repository, StayService stays, ApplicationEventPublisher events, AuditService audit) {
        this.repository = repository;
        this.stays = stays;
        this.events = events;
        this.audit = audit;
    }

    /** @param proposalId only this proposal's members, or all due when null; @return the members settled */
    @Transactional(propagation = Propagation.MANDATORY)
    int settleDue(LocalDate today, @Nullable Long proposalId) {
        Map<String, List<Due>> byHouseholdAndDay = new LinkedHashMap<>();
        for (Due member : repository.due(today, proposalId)) {
            byHouseholdAndDay.computeIfAbsent(member.householdId() + "@" + member.settlementDate(),
                    key -> new ArrayList<>()).add(member);
        }
        int settled = 0;
        for (List<Due> group : byHouseholdAndDay.values()) {
            Due first = group.getFirst();
            List<Long> personIds = new ArrayList<>();
            for (Due member : group) {
                stays.openStay(member.personId()).ifPresent(stay -> stays.checkOut(stay.id(),
                        stay.checkedInOn().isAfter(member.settlementDate()) ? stay.checkedInOn() : member.settlementDate(),
                        CheckoutReason.SETTLED));
                repository.settle(member);
                personIds.add(member.personId());
                settled++;
            }
            boolean household = repository.completeIfAllSettled(first.proposalId(), first.householdId(),
                    first.dwellingId());
            audit.record(AuditAction.HOUSEHOLD_SETTLED, ProposalService.ENTITY, first.proposalId(), "household "
                    + first.householdId() + " in " + first.municipalityCode() + " on " + first.settlementDate()
                    + ": persons " + personIds + (household ? ", all members settled" : ""));
            events.publishEvent(new HouseholdSettled(first.householdId(), first.municipalityCode(),
                    first.settlementDate(), personIds));
        }
        return settled;
    }
}
