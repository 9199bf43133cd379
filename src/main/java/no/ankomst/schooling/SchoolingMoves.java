package no.ankomst.schooling;

import no.ankomst.accommodation.ResidentArrived;
import no.ankomst.settlement.HouseholdSettled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Listens for arrivals (check-in, transfer) and settlements, durably, and hands them to {@link SchoolingMoveWork}:
 * an enrolment at a school outside the child's new municipality ends (reason MOVED) and a new need opens;
 * settlement also starts the right to kindergarten. Both are idempotent: the same event twice changes nothing more.
 */
@Component
class SchoolingMoves {

    private final SchoolingMoveWork work;

    SchoolingMoves(SchoolingMoveWork work) {
        this.work = work;
    }

    @ApplicationModuleListener
    void on(ResidentArrived arrived) {
        work.arrived(arrived);
    }

    @ApplicationModuleListener
    void on(HouseholdSettled settled) {
        work.settled(settled);
    }
}
