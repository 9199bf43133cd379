package no.ankomst.schooling;

import java.util.List;
import no.ankomst.accommodation.ResidentArrived;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.schooling.SchoolingMoveRepository.Ended;
import no.ankomst.security.Capability;
import no.ankomst.security.SystemWork;
import no.ankomst.settlement.HouseholdSettled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A child who moves to another municipality leaves their school: on arrival at a site (check-in or transfer) the
 * open enrolment at a school outside the municipality of the site where the child stays now ends (reason MOVED)
 * and a new need opens; settlement does the same for the settlement municipality and starts the right to
 * kindergarten there. Durable listeners: idempotent (an enrolment already ended is not ended again, a need or
 * right already recorded is not recorded again).
 */
@Component
class SchoolingMoves {

    static final String WORK = "schooling-moves";

    private final SchoolingMoveRepository repository;
    private final AuditService audit;

    SchoolingMoves(SchoolingMoveRepository repository, AuditService audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(ResidentArrived arrived) {
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

    @ApplicationModuleListener
    void on(HouseholdSettled settled) {
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
