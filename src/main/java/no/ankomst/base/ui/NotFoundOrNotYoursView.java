package no.ankomst.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.PermitAll;

/**
 * No such route, a malformed or unknown id, or something outside the user's scope ({@link
 * NotFoundOrNotYoursException}): one page for all, instead of Vaadin's page listing every route.
 */
@PageTitle("Ankomst")
@PermitAll
public class NotFoundOrNotYoursView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return ErrorPages.show(this, parameter);
    }
}
