package no.ankomst.settlement;

import java.time.LocalDate;
import java.util.List;

/**
 * Members of a household moved into their municipality: published (durably, in the transaction that checks their
 * stays out with reason "settled") on their settlement date, one event per household and day, listing the members
 * settled that day. Schooling (a new municipality, the right to kindergarten) and the introduction programme react
 * to it; nothing calls back into settlement. Listeners must be idempotent: the same event may come twice.
 */
public record HouseholdSettled(long householdId, String municipalityCode, LocalDate settledOn, List<Long> personIds) {

    public HouseholdSettled {
        personIds = List.copyOf(personIds);
    }
}
