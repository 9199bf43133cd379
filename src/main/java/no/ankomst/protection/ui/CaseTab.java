package no.ankomst.protection.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import no.ankomst.base.ui.ResidentDetailTab;
import no.ankomst.protection.ProtectionCaseService;
import no.ankomst.protection.ScreeningService;
import org.springframework.core.annotation.Order;

/** Puts the case panel on the resident detail, for the roles that work with cases. */
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
    public Optional<Component> create(long personId) {
        if (!cases.available()) {
            return Optional.empty();
        }
        return Optional.of(new ProtectionCasePanel(cases, screenings, personId, LocalDate.now(clock), clock.getZone()));
    }
}
