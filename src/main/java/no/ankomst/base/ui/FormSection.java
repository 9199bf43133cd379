package no.ankomst.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A form's sections (registration, edit, screening): a heading over fields in up to four responsive columns. */
public final class FormSection {

    private FormSection() {
    }

    /** Fields in one to four columns by width; a field alone (a list of rows) spans them all. */
    public static FormLayout columns(Component... fields) {
        FormLayout form = new FormLayout(fields);
        columns(form);
        if (fields.length == 1) {
            form.setColspan(fields[0], 4);
        }
        return form;
    }

    public static void columns(FormLayout form) {
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 4));
    }

    public static VerticalLayout titled(String title, FormLayout form) {
        VerticalLayout section = new VerticalLayout(new H3(title), form);
        section.setPadding(false);
        section.addClassName("form-section");
        return section;
    }

    public static VerticalLayout of(String title, Component... fields) {
        return titled(title, columns(fields));
    }
}
