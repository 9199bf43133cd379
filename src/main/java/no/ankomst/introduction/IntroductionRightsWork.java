package no.ankomst.introduction;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.introduction.IntroductionRepository.Settled;
import no.ankomst.security.CurrentUser;
import no.ankomst.security.SystemWork;
import no.ankomst.settlement.HouseholdSettled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates rights to the programme, as the system: for each member of a settled household of programme age on the
 * settlement date, and (the daily job) for each settled person who has come of age since. A person has at most one
 * right (a unique key; "on conflict do nothing"), so the same event twice, or the job run twice, changes nothing more.
 */
@Component
class IntroductionRightsWork {

    static final String WORK = "introduction-rights";

    private final IntroductionRepository repository;
    private final IntroductionRules rules;
    private final AuditService audit;
    private final CurrentUser currentUser;

    IntroductionRightsWork(IntroductionRepository repository, IntroductionRules rules, AuditService audit,
                           CurrentUser currentUser) {
        this.repository = repository;
        this.rules = rules;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** The members of programme age on the settlement date get the right, arising that day. */
    @Transactional
    public int settled(HouseholdSettled settled) {
        return SystemWork.as(WORK).call(() -> {
            Map<Long, LocalDate> births = repository.birthDates(settled.personIds());
            int created = 0;
            for (Long personId : settled.personIds()) {
                LocalDate birth = births.get(personId);
                if (birth != null && rules.eligibleOn(birth, settled.settledOn())) {
                    created += create(personId, settled.municipalityCode(), settled.settledOn(),
                            "settled in household " + settled.householdId());
                }
            }
            return created;
        });
    }

    /**
     * Settled persons without a right whose right has arisen by {@code today}: most often the 18th birthday after
     * settlement (the day it arose), or a settlement whose event has not been handled yet.
     */
    @Transactional
    public int noticeComingOfAge(LocalDate today, String job) {
        return SystemWork.as(job).call(() -> {
            int created = 0;
            for (Settled s : repository.settledWithoutRight(today)) {
                Optional<LocalDate> arose = rules.arisesOn(s.birthDate(), s.settledOn(), today);
                if (arose.isPresent()) {
                    created += create(s.personId(), s.municipalityCode(), arose.get(),
                            arose.get().equals(s.settledOn()) ? "settled" : "came of age after settlement");
                }
            }
            return created;
        });
    }

    private int create(long personId, String municipalityCode, LocalDate arose, String why) {
        Optional<Long> id = repository.insertRight(personId, municipalityCode, arose, currentUser.actorName());
        id.ifPresent(rightId -> audit.record(AuditAction.INTRODUCTION_RIGHT_CREATED, IntroductionService.ENTITY,
                rightId, "right of person " + personId + " in " + municipalityCode + " arose " + arose + " ("
                        + why + "), " + rules.basisOn(arose) + ", start by " + rules.startBy(arose)));
        return id.isPresent() ? 1 : 0;
    }
}
