package no.ankomst.base.ui;

import com.vaadin.flow.component.Component;
import java.util.List;

/**
 * Status badges another feature adds to the resident detail's fixed header (where the protection case
 * stands, a permit running out; later TB and school), so residents need not know those features. Each
 * feature provides a Spring bean, ordered with {@code @Order}.
 */
public interface ResidentHeaderBadges {

    /** The badges for one person; none when the signed-in user has no business with them. */
    List<Component> badges(long personId);
}
