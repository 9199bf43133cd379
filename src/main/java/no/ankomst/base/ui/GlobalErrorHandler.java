package no.ankomst.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place an unexpected error ends: logged once with a reference, shown to the user as a clear
 * notification carrying the same reference. Expected refusals (bad input, conflicts, no access) are
 * shown without a stack trace.
 */
@Component
class GlobalErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = rootOfInterest(event.getThrowable());
        if (UI.getCurrent() == null) {
            log.error("Unexpected error outside a UI", event.getThrowable());
            return;
        }
        switch (cause) {
            case ValidationException invalid -> Notifications.error(I18n.describe(invalid));
            case ConflictException ignored -> Notifications.error(I18n.t("error.conflict"));
            case AccessDeniedException ignored -> Notifications.error(I18n.t("error.accessDenied"));
            default -> {
                String reference = UUID.randomUUID().toString().substring(0, 8);
                log.error("Unexpected error, reference {}", reference, event.getThrowable());
                Notifications.error(I18n.t("error.unexpected", reference));
            }
        }
    }

    private static Throwable rootOfInterest(Throwable throwable) {
        Throwable current = throwable;
        while (current != null) {
            if (current instanceof ValidationException || current instanceof ConflictException
                    || current instanceof AccessDeniedException) {
                return current;
            }
            current = current.getCause();
        }
        return throwable;
    }
}
