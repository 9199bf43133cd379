package no.ankomst.health.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.Grids;
import no.ankomst.base.ui.Notifications;
import no.ankomst.health.TbRecords.Appointment;
import no.ankomst.health.TbRecords.TbHealthDetail;
import no.ankomst.health.TbRecords.TbReferralEntry;
import no.ankomst.health.TbRecords.TbResultEntry;
import no.ankomst.health.TbRecords.TbSummary;
import no.ankomst.health.TbResultService;
import no.ankomst.health.TbStatusService;

/**
 * The Health tab's content. Everyone who reads the resident sees the TB status, the due date and the booked
 * appointment (a booking is not health data). Health staff of the person's site also see results and referrals
 * (an audited read), record a result and follow up a referral.
 */
class HealthPanel extends VerticalLayout {

    private final TbStatusService statuses;
    private final TbResultService results;
    private final long personId;
    private final Runnable refreshPage;

    HealthPanel(TbStatusService statuses, TbResultService results, long personId, Runnable refreshPage) {
        this.statuses = statuses;
        this.results = results;
        this.personId = personId;
        this.refreshPage = refreshPage;
        setId("health-panel");
        setPadding(false);
        draw();
    }

    private void draw() {
        removeAll();
        add(new H2(getTranslation("tb.heading")));
        statuses.summary(personId).ifPresent(this::summary);
        if (results.readsHealthOf(personId)) {
            health(results.healthDetail(personId));
        }
    }

    private void summary(TbSummary summary) {
        Span status = TbChips.status(summary.status());
        status.setId("tb-status");
        Span due = new Span(getTranslation("tb.dueOn", summary.dueDate() == null ? getTranslation("tb.noBasis")
                : Dates.format(summary.dueDate())));
        due.setId("tb-due");
        Appointment appointment = summary.appointment();
        Span booked = new Span(appointment == null ? getTranslation("tb.noAppointment")
                : getTranslation("tb.appointmentOn", Dates.format(appointment.day()), appointment.clinic(),
                getTranslation("tb.test." + appointment.testType().name())));
        booked.setId("tb-appointment");
        HorizontalLayout line = new HorizontalLayout(status, due, booked);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.setWrap(true);
        add(line);
    }

    private void health(TbHealthDetail detail) {
        Span suggested = new Span(getTranslation("tb.suggestedTest",
                getTranslation("tb.test." + detail.suggestedTest().name())));
        suggested.setId("tb-suggested-test");
        add(suggested);
        if (detail.mayRecord()) {
            Button record = new Button(getTranslation("tb.record"), event -> openRecordDialog(detail));
            record.setId("tb-record");
            record.addThemeVariants(ButtonVariant.PRIMARY);
            add(record);
        }
        add(new H3(getTranslation("tb.results")), resultsGrid(detail));
        add(new H3(getTranslation("tb.referrals")), referralsGrid(detail));
    }

    private Grid<TbResultEntry> resultsGrid(TbHealthDetail detail) {
        Grid<TbResultEntry> grid = new Grid<>(TbResultEntry.class, false);
        grid.setId("tb-results");
        Grids.emptyState(grid, "empty.tbResults");
        grid.addColumn(r -> Dates.format(r.testedOn())).setHeader(getTranslation("tb.field.testedOn")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("tb.test." + r.testType().name())).setHeader(getTranslation("tb.field.testType"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.outcome().i18nKey())).setHeader(getTranslation("tb.field.outcome"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.note() == null ? "" : r.note()).setHeader(getTranslation("tb.field.note")).setFlexGrow(1);
        grid.addColumn(TbResultEntry::recordedBy).setHeader(getTranslation("tb.field.recordedBy")).setAutoWidth(true);
        grid.setItems(detail.results());
        grid.setAllRowsVisible(true);
        Grids.opensRows(grid, r -> getUI().ifPresent(ui -> ui.navigate("health/tb/result/" + r.id())));
        return grid;
    }

    private Grid<TbReferralEntry> referralsGrid(TbHealthDetail detail) {
        Grid<TbReferralEntry> grid = new Grid<>(TbReferralEntry.class, false);
        grid.setId("tb-referrals");
        Grids.emptyState(grid, "empty.tbReferrals");
        grid.addColumn(r -> getTranslation(r.reason().i18nKey())).setHeader(getTranslation("tb.field.reason"))
                .setAutoWidth(true);
        grid.addColumn(r -> Dates.format(r.referredOn())).setHeader(getTranslation("tb.field.referredOn"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.open() ? getTranslation("tb.referral.open") : Dates.format(r.followedUpOn()))
                .setHeader(getTranslation("tb.field.followedUpOn")).setAutoWidth(true);
        grid.addColumn(r -> r.followUpNote() == null ? "" : r.followUpNote())
                .setHeader(getTranslation("tb.field.note")).setFlexGrow(1);
        if (detail.mayRecord()) {
            grid.addComponentColumn(r -> {
                Button followUp = new Button(getTranslation("tb.followUp"), event -> openFollowUpDialog(r));
                followUp.setId("tb-follow-up-" + r.id());
                followUp.setVisible(r.open());
                return followUp;
            }).setAutoWidth(true);
        }
        grid.setItems(detail.referrals());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void openRecordDialog(TbHealthDetail detail) {
        Appointment appointment = detail.summary().appointment();
        RecordResultDialog dialog = new RecordResultDialog(personId, appointment, detail.suggestedTest());
        dialog.addSaveListener(event -> {
            try {
                results.record(event.result());
                dialog.close();
                Notifications.success(getTranslation("tb.recorded"));
                changed();
            } catch (ValidationException invalid) {
                dialog.showErrors(invalid);
            }
        });
        dialog.open();
    }

    private void openFollowUpDialog(TbReferralEntry referral) {
        FollowUpDialog dialog = new FollowUpDialog(referral);
        dialog.addSaveListener(event -> {
            try {
                results.followUp(referral.id(), referral.version(), event.followUp());
                dialog.close();
                changed();
            } catch (ValidationException invalid) {
                dialog.showErrors(invalid);
            } catch (ConflictException stale) {
                dialog.close();
                Notifications.error(getTranslation("error.conflict"));
                changed();
            }
        });
        dialog.open();
    }

    private void changed() {
        draw();
        refreshPage.run();
    }
}
