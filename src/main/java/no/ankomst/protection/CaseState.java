package no.ankomst.protection;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a protection case stands with UDI (DOMAIN.md, journey steps 4 and 5), and which states the process
 * allows next. The database holds the same transitions (table {@code case_transition}) and refuses any other.
 */
public enum CaseState {
    REGISTERED_WITH_POLICE(true),
    SENT_TO_UDI(true),
    IN_PROCESSING(true),
    CALLED_FOR_INTERVIEW(true),
    GRANTED(false),
    REJECTED(true),
    INDIVIDUAL_ASYLUM(true),
    WITHDRAWN(false);

    private final boolean open;

    CaseState(boolean open) {
        this.open = open;
    }

    /** Open: neither granted nor withdrawn; the person has no right to work meanwhile. */
    public boolean open() {
        return open;
    }

    public Set<CaseState> allowedNext() {
        Set<CaseState> next = switch (this) {
            case REGISTERED_WITH_POLICE -> EnumSet.of(SENT_TO_UDI);
            case SENT_TO_UDI -> EnumSet.of(IN_PROCESSING);
            case IN_PROCESSING -> EnumSet.of(CALLED_FOR_INTERVIEW, GRANTED, REJECTED);
            case CALLED_FOR_INTERVIEW -> EnumSet.of(GRANTED, REJECTED);
            case REJECTED -> EnumSet.of(INDIVIDUAL_ASYLUM);
            case INDIVIDUAL_ASYLUM, GRANTED, WITHDRAWN -> EnumSet.noneOf(CaseState.class);
        };
        if (open) {
            next.add(WITHDRAWN);
        }
        return next;
    }

    public boolean canGoTo(CaseState next) {
        return allowedNext().contains(next);
    }

    public String i18nKey() {
        return "caseState." + name();
    }
}
