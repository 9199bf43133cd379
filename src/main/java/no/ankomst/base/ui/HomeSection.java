package no.ankomst.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A feature's block on the home page below the worklist (the reports' charts), so the home page need not know the
 * feature: each provides a Spring bean, ordered with {@code @Order}. Built on every visit for the signed-in user,
 * within their scope; empty when they have no business with it.
 */
public interface HomeSection {

    Optional<Component> createForCurrentUser();
}
