package no.ankomst.introduction;

import no.ankomst.settlement.HouseholdSettled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Listens, durably, for settlements and hands them to {@link IntroductionRightsWork}: idempotent, so a retried or
 * repeated event creates no second right.
 */
@Component
class IntroductionListener {

    private final IntroductionRightsWork work;

    IntroductionListener(IntroductionRightsWork work) {
        this.work = work;
    }

    @ApplicationModuleListener
    void on(HouseholdSettled settled) {
        work.settled(settled);
    }
}
