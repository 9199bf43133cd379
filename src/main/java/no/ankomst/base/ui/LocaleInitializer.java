package no.ankomst.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import no.ankomst.base.UserProfile;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Every new browser tab speaks the language the user chose: the one picked in this session, else the
 * one remembered from an earlier session, else the browser's; the page's {@code <html lang>} says which.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    static final String CHOSEN = LocaleInitializer.class.getName() + ".chosen";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinSession session = init.getUI().getSession();
            Locale chosen = (Locale) session.getAttribute(CHOSEN);
            if (chosen == null) {
                Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                if (authentication != null && authentication.getPrincipal() instanceof UserProfile profile) {
                    chosen = Locale.of(profile.locale());
                }
            }
            if (chosen != null) {
                init.getUI().setLocale(chosen);
            }
            // screen readers and the browser's spelling and hyphenation read the page in its language
            init.getUI().getPage().executeJs("document.documentElement.lang = $0",
                    init.getUI().getLocale().toLanguageTag());
        });
    }

    /** Switches the language for the rest of the session (every tab opened from now on). */
    static void choose(Locale locale) {
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(CHOSEN, locale);
        session.setLocale(locale);
    }
}
