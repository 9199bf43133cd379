package no.ankomst.settlement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.base.Age;
import no.ankomst.settlement.PipelineRepository.Member;
import no.ankomst.settlement.PipelineRepository.Row;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes a household's readiness from its members' permits and the interview, and keeps settlement_household in
 * step, in the transaction of what moved it (a grant's listener, an interview save). Idempotent: the same facts write
 * the same row, and a changed state is audited once.
 */
@Component
class SettlementPipeline {

    static final String ENTITY = "settlement_household";
    static final int ADULT_AGE = 18;

    private final PipelineRepository repository;
    private final SettlementTargets targets;
    private final AuditService audit;
    private final Clock clock;

    SettlementPipeline(PipelineRepository repository, SettlementTargets targets, AuditService audit, Clock clock) {
        this.repository = repository;
        this.targets = targets;
        this.audit = audit;
        this.clock = clock;
    }

    Readiness readiness(long householdId) {
        List<Member> members = repository.members(householdId);
        List<Long> withoutGrant = members.stream().filter(m -> m.permitFrom() == null).map(Member::personId).toList();
        boolean interviewDone = repository.interviewDone(householdId);
        if (members.isEmpty() || !withoutGrant.isEmpty()) {
            return new Readiness(householdId, members.isEmpty() ? List.of() : withoutGrant, interviewDone, null, null,
                    false);
        }
        LocalDate permit = members.stream().map(Member::permitFrom).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElseThrow();
        // unaccompanied minors: nobody in the household is an adult on the permit day (the target is then shorter)
        boolean minors = members.stream().allMatch(m -> Age.of(m.birthDate()).on(permit) < ADULT_AGE);
        return new Readiness(householdId, List.of(), interviewDone, permit, targets.targetFor(permit, minors), minors);
    }

    /** Brings the household's row up to date; joins the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void refresh(long householdId) {
        if (!repository.householdExists(householdId)) {
            return;
        }
        Readiness readiness = readiness(householdId);
        Optional<Row> before = repository.find(householdId);
        if (before.isPresent() && !before.get().state().beforeProposal()) {
            return;
        }
        var place = repository.currentPlace(householdId).orElse(null);
        repository.upsertBeforeProposal(householdId, readiness, place, clock.instant());
        if (before.map(Row::state).orElse(null) != readiness.state()) {
            audit.record(AuditAction.SETTLEMENT_STATE_CHANGED, ENTITY, householdId,
                    before.map(row -> row.state() + " → ").orElse("") + readiness.state()
                            + (readiness.targetDate() == null ? "" : ", target " + readiness.targetDate()));
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void refreshForPerson(long personId) {
        repository.householdOf(personId).ifPresent(this::refresh);
    }
}
