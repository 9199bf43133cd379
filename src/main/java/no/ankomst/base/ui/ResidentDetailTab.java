package no.ankomst.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A tab another feature adds to the resident detail (the protection case, later health or school), so
 * residents need not know those features: each provides a Spring bean, ordered with {@code @Order}.
 */
public interface ResidentDetailTab {

    /** i18n key of the tab's label. */
    String labelKey();

    /** The tab's content for one person; empty when the signed-in user has no business with it. */
    Optional<Component> create(long personId);
}
