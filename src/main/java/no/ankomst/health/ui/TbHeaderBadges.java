package no.ankomst.health.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import no.ankomst.base.ui.ResidentHeaderBadges;
import no.ankomst.health.TbStatusService;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import org.springframework.core.annotation.Order;

/** "TB: overdue" (and the other statuses) in the resident's header, for everyone who reads the resident. */
@org.springframework.stereotype.Component
@Order(20)
class TbHeaderBadges implements ResidentHeaderBadges {

    private final TbStatusService statuses;
    private final Permissions permissions;

    TbHeaderBadges(TbStatusService statuses, Permissions permissions) {
        this.statuses = statuses;
        this.permissions = permissions;
    }

    @Override
    public List<Component> badges(long personId) {
        if (!permissions.may(Capability.READ_RESIDENTS)) {
            return List.of();
        }
        return statuses.summary(personId).<List<Component>>map(summary -> {
            Span chip = TbChips.header(summary.status());
            chip.setId("header-tb-status");
            return List.of(chip);
        }).orElseGet(List::of);
    }
}
