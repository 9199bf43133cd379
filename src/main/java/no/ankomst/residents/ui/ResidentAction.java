package no.ankomst.residents.ui;

import java.util.Optional;
import no.ankomst.base.ui.ResidentPageContext;
import no.ankomst.security.Capability;
import org.springframework.modulith.NamedInterface;

/**
 * An action another feature adds to the resident page's header (the protection screening; later "record a
 * TB result", "propose for settlement"), so residents need not know the feature. A Spring bean, ordered with
 * {@code @Order}; the page shows it only to users whose role has its {@link #capability()}. Either it leads
 * somewhere ({@link #href}, shown as a link) or it runs on the page ({@link #run}, shown as a button) and then
 * calls {@code page.refresh()}.
 */
// the one type of residents' views that other features implement, so Spring Modulith lets them see it
@NamedInterface("resident-page")
public interface ResidentAction {

    /** The component id, for tests and the end-to-end suite, e.g. {@code resident-screening}. */
    String id();

    /** i18n key of the label. */
    String labelKey();

    /** What the role must be allowed to do to see the action ({@code Capability}'s table). */
    Capability capability();

    /** Whether it applies to this person at all (e.g. only while a TB result is due); the capability aside. */
    default boolean shownFor(long personId) {
        return true;
    }

    /** The address the action opens, for a link; empty for a button that {@link #run}s. */
    default Optional<String> href(long personId) {
        return Optional.empty();
    }

    /** What a button does; call {@code page.refresh()} after a change. */
    default void run(ResidentPageContext page) {
    }
}
