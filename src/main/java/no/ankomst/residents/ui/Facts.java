package no.ankomst.residents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import no.ankomst.base.ui.Dates;

/** A labelled value line, the same in every tab of the resident detail. */
final class Facts {

    private Facts() {
    }

    static Component line(String labelKey, String value) {
        Span label = new Span(UI.getCurrent().getTranslation(labelKey) + ": ");
        label.addClassName("fact-label");
        return new Div(label, new Span(value));
    }

    static String orDash(Object value) {
        if (value instanceof java.time.LocalDate date) {
            return Dates.format(date);
        }
        return value == null ? "–" : value.toString();
    }
}
