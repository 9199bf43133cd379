package no.ankomst.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * The content of the error pages: one calm "not found, or not yours" page for every address that leads nowhere
 * the user may go, and one "something went wrong" page with a reference for anything else. Never a stack
 * trace, in production or development mode; the detail goes to the server log.
 */
final class ErrorPages {

    private static final String TITLE = "ankomst.pageTitle";

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private ErrorPages() {
    }

    /** Fills {@code page} for the error of a navigation and returns the HTTP status. */
    static int show(VerticalLayout page, ErrorParameter<?> error) {
        Exception caught = error.getCaughtException();
        if (isNotFoundOrNotYours(caught)) {
            log.info("Not found or not the user's to see: {}", caught.toString());
            fill(page, "not-found", page.getTranslation("error.notFound.title"),
                    page.getTranslation("error.notFound.message"));
            return HttpStatusCode.NOT_FOUND.getCode();
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Navigation failed, reference {}", reference, caught);
        fill(page, "error-page", page.getTranslation("error.page.title"),
                page.getTranslation("error.page.message", reference));
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }

    private static boolean isNotFoundOrNotYours(@Nullable Throwable caught) {
        for (Throwable cause = caught; cause != null; cause = cause.getCause()) {
            if (cause instanceof com.vaadin.flow.router.NotFoundException
                    || cause instanceof com.vaadin.flow.router.AccessDeniedException
                    || cause instanceof AccessDeniedException) {
                return true;
            }
        }
        return false;
    }

    /** The browser tab's title for an error page: its heading, then the app's name. */
    static String pageTitle(VerticalLayout page) {
        Object title = ComponentUtil.getData(page, TITLE);
        return (title == null ? "" : title + " – ") + page.getTranslation("app.name");
    }

    private static void fill(VerticalLayout page, String id, String title, String message) {
        page.removeAll();
        page.setId(id);
        ComponentUtil.setData(page, TITLE, title);
        H1 heading = new H1(title);
        heading.setId(id + "-title");
        Paragraph text = new Paragraph(message);
        text.setId(id + "-message");
        Anchor home = new Anchor("", page.getTranslation("error.home"));
        home.setId(id + "-home");
        page.add(heading, text, home);
    }
}
