package no.ankomst.base.ui;

import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A page's one heading, in the user's language. The shell shows it as the page's {@code <h1>} and the
 * browser tab reads "heading – Ankomst", so every view implements this instead of a fixed
 * {@code @PageTitle}. The view's own sections start at {@code <h2>}.
 */
public interface PageHeading extends HasDynamicTitle {

    String heading();

    @Override
    default String getPageTitle() {
        return heading() + " – " + I18n.t("app.name");
    }
}
