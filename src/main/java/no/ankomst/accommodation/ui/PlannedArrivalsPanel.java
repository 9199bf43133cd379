package no.ankomst.accommodation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import no.ankomst.accommodation.PlannedArrivalRecords.PlannedArrival;
import no.ankomst.accommodation.PlannedArrivalService;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.Chip;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.Notifications;

/**
 * The arrivals a site still expects, soonest first; staff of the site plan new ones and mark each as
 * arrived or cancelled. A plan whose day has passed unmarked is flagged, so it is not silently counted.
 */
final class PlannedArrivalsPanel extends VerticalLayout {

    private final PlannedArrivalService planned;
    private final Runnable changed;
    private final Div list = new Div();
    private final Button plan = new Button();
    private long siteId;
    private boolean changeable;
    private LocalDate today = LocalDate.MIN;

    PlannedArrivalsPanel(PlannedArrivalService planned, Runnable changed) {
        this.planned = planned;
        this.changed = changed;
        setId("planned-arrivals");
        setPadding(false);
        list.setId("planned-list");
        plan.setText(getTranslation("planned.plan"));
        plan.setId("planned-plan");
        plan.addClickListener(event -> openPlan());
        add(new HorizontalLayout(new H4(getTranslation("planned.title")), plan), list);
    }

    void show(long site, boolean mayChange, LocalDate day) {
        this.siteId = site;
        this.changeable = mayChange;
        this.today = day;
        plan.setVisible(mayChange);
        render();
    }

    private void render() {
        list.removeAll();
        List<PlannedArrival> expected = planned.expected(siteId);
        if (expected.isEmpty()) {
            list.add(new Paragraph(getTranslation("planned.none")));
        }
        expected.forEach(arrival -> list.add(line(arrival)));
    }

    private HorizontalLayout line(PlannedArrival arrival) {
        HorizontalLayout line = new HorizontalLayout();
        line.setId("planned-" + arrival.id());
        line.setAlignItems(Alignment.BASELINE);
        line.add(new Span(Dates.format(arrival.expectedOn())), new Span(arrival.people() + " " + getTranslation("planned.people")));
        if (arrival.comingFrom() != null) {
            line.add(new Span(arrival.comingFrom()));
        }
        if (arrival.expectedOn().isBefore(today)) {
            line.add(Chip.of(getTranslation("planned.overdue"), Chip.Tone.WARNING));
        }
        if (arrival.note() != null) {
            line.add(new Span(arrival.note()));
        }
        if (changeable) {
            Button arrived = new Button(getTranslation("planned.arrived"), event -> act(() ->
                    planned.markArrived(arrival.id(), arrival.version())));
            arrived.setId("planned-arrived-" + arrival.id());
            Button cancel = new Button(getTranslation("planned.cancel"), event -> act(() ->
                    planned.cancel(arrival.id(), arrival.version())));
            cancel.setId("planned-cancel-" + arrival.id());
            arrived.addThemeVariants(ButtonVariant.SMALL);
            cancel.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            line.add(arrived, cancel);
        }
        return line;
    }

    private void act(Runnable change) {
        try {
            change.run();
        } catch (ConflictException conflict) {
            Notifications.error(getTranslation("error.conflict"));
        }
        render();
        changed.run();
    }

    private void openPlan() {
        PlanArrivalDialog dialog = new PlanArrivalDialog(siteId, today);
        dialog.addSaveListener(event -> {
            try {
                planned.plan(event.arrival());
                dialog.close();
                Notifications.success(getTranslation("planned.saved"));
                render();
                changed.run();
            } catch (ValidationException invalid) {
                dialog.showErrors(invalid);
            }
        });
        dialog.open();
    }
}
