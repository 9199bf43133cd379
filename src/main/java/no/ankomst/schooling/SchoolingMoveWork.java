package no.ankomst.schooling;

import java.util.List;
import no.ankomst.accommodation.ResidentArrived;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.schooling.SchoolingMoveRepository.Ended;
import no.ankomst.security.Capability;
import no.ankomst.security.SystemWork;
import no.ankomst.settlement.HouseholdSettled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a move means for school: the open enrolment at a school outside the municipality of the site where the child
 * stays now ends (reason MOVED, on the arrival day or the enrolment's latest date if later) and a need opens;
 * settlement does the same for the settlement municipality and records the right to kindergarten there. Runs as the
 * system ({@code system:schooling-moves}); idempotent.
 */
@Component
class SchoolingMoveWork {

    static final String WORK = "schooling-moves";

    private final SchoolingMoveRepository repository;
    private final AuditService audit;

    SchoolingMoveWork(SchoolingMoveRepository repository, AuditService audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    public void arrived(ResidentArrived arrived) {
        if (arrived.siteId() == null) {
            return;
        }
        SystemWork.as(WORK, Capability.RECORD_SCHOOLING).run(() ->
                // where the child stays now, not where the event says: a later move may have overtaken it
                repository.currentMunicipality(arrived.personId()).ifPresent(municipality -> {
                    List<Ended> ended = repository.endOutside(List.of(arrived.personId()), municipality,
                            arrived.arrivedOn());
                    ended.forEach(e -> {
                        repository.openNeed(e.personId(), NeedReason.MOVED, e.endedOn(), municipality);
                        audit.record(AuditAction.ENROLMENT_CHANGED, EnrolmentService.ENTITY, e.enrolmentId(),
                                "enrolment of person " + e.personId() + " ended on " + e.endedOn()
                                        + ": moved to municipality " + municipality);
                    });
                }));
    }

    @Transactional
    public void settled(HouseholdSettled settled) {
        SystemWork.as(WORK, Capability.RECORD_SCHOOLING).run(() -> {
            List<Ended> ended = repository.endOutside(settled.personIds(), settled.municipalityCode(),
                    settled.settledOn());
            ended.forEach(e -> {
                repository.openNeed(e.personId(), NeedReason.SETTLED, e.endedOn(), settled.municipalityCode());
                audit.record(AuditAction.ENROLMENT_CHANGED, EnrolmentService.ENTITY, e.enrolmentId(),
                        "enrolment of person " + e.personId() + " ended on " + e.endedOn()
                                + ": settled in municipality " + settled.municipalityCode());
            });
            int rights = repository.recordKindergartenRight(settled.personIds(), settled.municipalityCode(),
                    settled.settledOn());
            if (rights > 0) {
                audit.record(AuditAction.KINDERGARTEN_RECORDED, "household", settled.householdId(),
                        "right to kindergarten in " + settled.municipalityCode() + " from " + settled.settledOn()
                                + " for " + rights + " people settled");
            }
        });
    }
}
