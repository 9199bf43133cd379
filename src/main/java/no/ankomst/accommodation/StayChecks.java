package no.ankomst.accommodation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.ankomst.accommodation.StayRecords.Move;
import no.ankomst.accommodation.StayRecords.StayRow;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.Violations;
import no.ankomst.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The rules every write of a stay applies, whichever operation it is part of ({@link StayService}): dates not
 * in the future and not before the stay began, the bed at the site, free and not blocked, the site in the
 * caller's scope, and a broken database guard turned into the rule the user broke.
 */
@Component
class StayChecks {

    private final StayRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    StayChecks(StayRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    static void requireDifferentBeds(List<Move> moves) {
        Set<Long> beds = new HashSet<>();
        for (Move move : moves) {
            if (move.bedId() != null && !beds.add(move.bedId())) {
                throw ValidationException.of("bed", "validation.stay.bedTwice");
            }
        }
    }

    void checkDate(Violations violations, String field, LocalDate on) {
        violations.check(!on.isAfter(LocalDate.now(clock)), field, "validation.stay.dateInFuture");
    }

    void checkBed(Violations violations, @Nullable Long bedId, long siteId, LocalDate from,
                          @Nullable Long exceptStayId) {
        if (bedId == null) {
            return;
        }
        Optional<StayRepository.BedState> bed = repository.bed(bedId).filter(b -> b.siteId() == siteId);
        if (bed.isEmpty()) {
            violations.add("bed", "validation.stay.bedNotAtSite");
        } else if (bed.get().blocked()) {
            violations.add("bed", "validation.stay.bedBlocked");
        } else if (!repository.bedFreeFrom(bedId, from, exceptStayId)) {
            violations.add("bed", "validation.stay.bedJustTaken");
        }
    }

    long insert(long personId, long siteId, @Nullable Long bedId, LocalDate on) {
        try {
            return repository.insert(personId, siteId, bedId, on);
        } catch (DataAccessException failure) {
            throw explained(failure);
        }
    }

    void close(StayRow stay, LocalDate on, CheckoutReason reason) {
        if (!repository.close(stay.id(), stay.version(), on, reason)) {
            throw new ConflictException(StayService.ENTITY, stay.id());
        }
    }

    /** A broken exclusion constraint becomes the rule the user broke; anything else stays the error it is. */
    static RuntimeException explained(DataAccessException failure) {
        return StayConstraints.explain(failure).<RuntimeException>map(rule -> rule).orElse(failure);
    }

    /** The stay to change on {@code on}: it must exist, be in scope, be open and have started by then. */
    StayRow openStayInScope(long stayId, Violations violations, String dateField, LocalDate on) {
        StayRow stay = repository.find(stayId).orElseThrow(() -> new ConflictException(StayService.ENTITY, stayId));
        requireScope(stay.siteId());
        violations.check(stay.open(), "stay", "validation.stay.alreadyClosed");
        checkDate(violations, dateField, on);
        violations.check(!on.isBefore(stay.checkedInOn()), dateField, "validation.stay.endsBeforeStart",
                stay.checkedInOn());
        return stay;
    }

    void requireScope(long siteId) {
        if (!currentUser.scope().coversSite(siteId)) {
            throw new AccessDeniedException("site " + siteId + " is outside the user's scope");
        }
    }

    static String bedText(@Nullable Long bedId) {
        return bedId == null ? " without a bed" : " in bed " + bedId;
    }
}
