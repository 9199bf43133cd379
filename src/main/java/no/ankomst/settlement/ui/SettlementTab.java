package no.ankomst.settlement.ui;

import com.vaadin.flow.component.Component;
import no.ankomst.base.ui.ResidentDetailTab;
import no.ankomst.base.ui.ResidentPageContext;
import no.ankomst.reference.MunicipalityService;
import no.ankomst.settlement.SettlementInterviewService;
import org.springframework.core.annotation.Order;

/** The Settlement tab on a resident's page: the household's interview and where it stands in the pipeline. */
@org.springframework.stereotype.Component
@Order(50)
class SettlementTab implements ResidentDetailTab {

    private final SettlementInterviewService interviews;
    private final MunicipalityService municipalities;

    SettlementTab(SettlementInterviewService interviews, MunicipalityService municipalities) {
        this.interviews = interviews;
        this.municipalities = municipalities;
    }

    @Override
    public String labelKey() {
        return "settlement.tab";
    }

    @Override
    public boolean shownFor(long personId) {
        return interviews.hasHousehold(personId);
    }

    @Override
    public Component create(ResidentPageContext page) {
        return new SettlementPanel(interviews, municipalities, page.personId());
    }
}
