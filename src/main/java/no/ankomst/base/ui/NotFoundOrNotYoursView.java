package no.ankomst.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.HasDynamicTitle;
import jakarta.annotation.security.PermitAll;

/**
 * No such route, a malformed or unknown id, or something outside the user's scope ({@link
 * NotFoundOrNotYoursException}): one page for all, instead of Vaadin's page listing every route.
 */
@PermitAll
public class NotFoundOrNotYoursView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return ErrorPages.show(this, parameter);
    }

    @Override
    public String getPageTitle() {
        return ErrorPages.pageTitle(this);
    }
}
