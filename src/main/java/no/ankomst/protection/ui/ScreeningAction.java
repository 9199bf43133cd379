package no.ankomst.protection.ui;

import java.util.Optional;
import no.ankomst.residents.ui.ResidentAction;
import no.ankomst.security.Capability;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The link from the resident's header to their protection screening ({@link ScreeningView}); not for health
 * staff and coordinators, who have no business with protection matters.
 */
@Component
@Order(10)
class ScreeningAction implements ResidentAction {

    @Override
    public String id() {
        return "resident-screening";
    }

    @Override
    public String labelKey() {
        return "resident.screening";
    }

    @Override
    public Capability capability() {
        return Capability.READ_PROTECTION;
    }

    @Override
    public Optional<String> href(long personId) {
        return Optional.of("residents/person/" + personId + "/screening");
    }
}
