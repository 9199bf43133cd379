package no.ankomst.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import jakarta.annotation.security.PermitAll;

/**
 * Any other exception while opening a view: a page with a reference to the server log instead of Vaadin's
 * stack trace (shown in development mode). A refusal by a service's scope check shows the "not found" page.
 */
@PermitAll
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        return ErrorPages.show(this, parameter);
    }

    @Override
    public String getPageTitle() {
        return ErrorPages.pageTitle(this);
    }
}
