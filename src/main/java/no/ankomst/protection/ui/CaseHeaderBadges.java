package no.ankomst.protection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.ankomst.base.ui.Chip;
import no.ankomst.base.ui.ResidentHeaderBadges;
import no.ankomst.protection.CaseState;
import no.ankomst.protection.ProtectionCaseRecords.CaseDetail;
import no.ankomst.protection.ProtectionCaseService;
import org.springframework.core.annotation.Order;

/**
 * In the resident's header: where the case stands, whether the person may work, and a warning when the
 * permit has run out or runs out within the configured days (the same words and colours as the case tab).
 */
@org.springframework.stereotype.Component
@Order(10)
class CaseHeaderBadges implements ResidentHeaderBadges {

    private final ProtectionCaseService cases;
    private final Clock clock;

    CaseHeaderBadges(ProtectionCaseService cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public List<Component> badges(long personId) {
        if (!cases.available()) {
            return List.of();
        }
        return cases.caseOf(personId).map(this::badgesOf).orElseGet(List::of);
    }

    private List<Component> badgesOf(CaseDetail detail) {
        List<Component> badges = new ArrayList<>();
        Span state = CaseChips.state(detail.state());
        state.setId("header-case-state");
        badges.add(state);
        Span work = CaseChips.work(detail.workStatus());
        work.setId("header-work-status");
        badges.add(work);
        LocalDate today = LocalDate.now(clock);
        LocalDate permitTo = detail.permitTo();
        if (detail.state() == CaseState.GRANTED && permitTo != null && !permitTo.isBefore(today)
                && !permitTo.isAfter(today.plusDays(cases.expiringWithinDays()))) {
            Span expiring = Chip.of(text("case.permitExpiresOn", permitTo), Chip.Tone.WARNING);
            expiring.setId("header-permit-expiring");
            badges.add(expiring);
        }
        return badges;
    }

    private static String text(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
