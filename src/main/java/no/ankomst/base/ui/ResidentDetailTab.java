package no.ankomst.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A tab another feature adds to the resident detail (the protection case, later health or school), so
 * residents need not know those features: each provides a Spring bean, ordered with {@code @Order}. The
 * page asks {@link #shownFor} when it opens (cheap: a capability check, no loading) and calls
 * {@link #create} only when the user first opens the tab, so a page with many tabs reads only what is looked at.
 */
public interface ResidentDetailTab {

    /** i18n key of the tab's label. */
    String labelKey();

    /** Whether the signed-in user has business with this tab for this person. */
    boolean shownFor(long personId);

    /**
     * The tab's content, created when the tab is first selected. Call {@code page.refresh()} after a change
     * so the header shows it.
     */
    Component create(ResidentPageContext page);
}
