package no.ankomst.protection.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.time.LocalDate;
import no.ankomst.base.ui.ResidentDetailTab;
import no.ankomst.base.ui.ResidentPageContext;
import no.ankomst.protection.ProtectionCaseService;
import no.ankomst.protection.ScreeningService;
import org.springframework.core.annotation.Order;

/**
 * Puts the case panel on the resident detail, for the roles that work with cases; after each change the
 * page's header (the case badges) is refreshed.
 */
@org.springframework.stereotype.Component
@Order(10)
class CaseTab implements ResidentDetailTab {

    private final ProtectionCaseService cases;
    private final ScreeningService screenings;
    private final Clock clock;

    CaseTab(ProtectionCaseService cases, ScreeningService screenings, Clock clock) {
        this.cases = cases;
        this.screenings = screenings;
        this.clock = clock;
    }

    @Override
    public String labelKey() {
        return "case.tab";
    }

    @Override
    public boolean shownFor(long personId) {
        return cases.available();
    }

    @Override
    public Component create(ResidentPageContext page) {
        return new ProtectionCasePanel(cases, screenings, page.personId(), LocalDate.now(clock), clock.getZone(),
                page::refresh);
    }
}
