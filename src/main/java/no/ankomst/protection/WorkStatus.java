package no.ankomst.protection;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Whether the person may work (DOMAIN.md: no right to work while the case is open; work allowed after grant). */
public enum WorkStatus {
    NO_RIGHT_TO_WORK,
    WORK_ALLOWED,
    /** Granted, but the permit ended and was not renewed: staff must follow it up. */
    PERMIT_EXPIRED;

    static WorkStatus of(CaseState state, @Nullable LocalDate permitTo, LocalDate today) {
        if (state != CaseState.GRANTED) {
            return NO_RIGHT_TO_WORK;
        }
        return permitTo != null && !permitTo.isBefore(today) ? WORK_ALLOWED : PERMIT_EXPIRED;
    }

    public String i18nKey() {
        return "workStatus." + name();
    }
}
