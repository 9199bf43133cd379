package no.ankomst.health.ui;

import com.vaadin.flow.component.Component;
import no.ankomst.base.ui.ResidentDetailTab;
import no.ankomst.base.ui.ResidentPageContext;
import no.ankomst.health.TbResultService;
import no.ankomst.health.TbStatusService;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import org.springframework.core.annotation.Order;

/** The Health tab: TB status for everyone who reads the resident; results for health staff of the person's site. */
@org.springframework.stereotype.Component
@Order(20)
class HealthTab implements ResidentDetailTab {

    private final TbStatusService statuses;
    private final TbResultService results;
    private final Permissions permissions;

    HealthTab(TbStatusService statuses, TbResultService results, Permissions permissions) {
        this.statuses = statuses;
        this.results = results;
        this.permissions = permissions;
    }

    @Override
    public String labelKey() {
        return "tb.tab";
    }

    @Override
    public boolean shownFor(long personId) {
        return permissions.may(Capability.READ_RESIDENTS);
    }

    @Override
    public Component create(ResidentPageContext page) {
        return new HealthPanel(statuses, results, page.personId(), page::refresh);
    }
}
