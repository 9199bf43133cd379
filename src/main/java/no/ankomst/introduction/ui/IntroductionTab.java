package no.ankomst.introduction.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.time.LocalDate;
import no.ankomst.base.ui.ResidentDetailTab;
import no.ankomst.base.ui.ResidentPageContext;
import no.ankomst.introduction.IntroductionService;
import org.springframework.core.annotation.Order;

/**
 * The Introduction programme tab on the page of a person with a right: for managers, and for the coordinator of the
 * right's municipality (whatever lets them open the page, the tab asks its own service, by its own table).
 */
@org.springframework.stereotype.Component
@Order(40)
class IntroductionTab implements ResidentDetailTab {

    private final IntroductionService service;
    private final Clock clock;

    IntroductionTab(IntroductionService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Override
    public String labelKey() {
        return "introduction.tab";
    }

    @Override
    public boolean shownFor(long personId) {
        return service.shownFor(personId);
    }

    @Override
    public Component create(ResidentPageContext page) {
        return new IntroductionPanel(service, page.personId(), LocalDate.now(clock), page::refresh);
    }
}
