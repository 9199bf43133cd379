package no.ankomst.schooling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.Grids;
import no.ankomst.reference.MunicipalityService;
import no.ankomst.schooling.EnrolmentService;
import no.ankomst.schooling.KindergartenService;
import no.ankomst.schooling.SchoolService;
import no.ankomst.schooling.SchoolingRecords.ActivityRow;
import no.ankomst.schooling.SchoolingRecords.EnrolmentRow;
import no.ankomst.schooling.SchoolingRecords.KindergartenRow;
import no.ankomst.schooling.SchoolingRecords.SchoolingPanel;
import org.jspecify.annotations.Nullable;

/**
 * A child's School tab: the status and start-by day (computed from dates), the enrolments, kindergarten places and
 * organised activity, with forms for those who may record.
 */
class SchoolingPanelView extends VerticalLayout {

    private final EnrolmentService enrolments;
    private final KindergartenService kindergarten;
    private final SchoolService schools;
    private final MunicipalityService municipalities;
    private final long personId;
    private final LocalDate today;
    private final Runnable changed;

    SchoolingPanelView(EnrolmentService enrolments, KindergartenService kindergarten, SchoolService schools,
                       MunicipalityService municipalities, long personId, LocalDate today, Runnable changed) {
        this.today = today;
        this.enrolments = enrolments;
        this.kindergarten = kindergarten;
        this.schools = schools;
        this.municipalities = municipalities;
        this.personId = personId;
        this.changed = changed;
        setId("school-panel");
        setPadding(false);
        reload();
    }

    void reload() {
        removeAll();
        SchoolingPanel data = enrolments.panel(personId);
        Span status = SchoolingTexts.chip(data.status());
        status.setId("school-status");
        HorizontalLayout line = new HorizontalLayout(status);
        if (data.startBy() != null) {
            Span startBy = new Span(getTranslation("schooling.startBy", Dates.format(data.startBy())));
            startBy.setId("school-start-by");
            line.add(startBy);
        }
        line.add(new Span(getTranslation("schooling.arrival", data.arrival() == null ? "–" : Dates.format(data.arrival()))));
        if (data.kindergartenRightFrom() != null) {
            line.add(new Span(getTranslation("schooling.kindergartenRight", Dates.format(data.kindergartenRightFrom()))));
        }
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(line);

        add(new H3(getTranslation("schooling.enrolments")));
        if (data.mayRecord()) {
            Button add = new Button(getTranslation("schooling.newEnrolment"), e -> enrolmentDialog(data, null));
            add.setId("school-new-enrolment");
            add(add);
        }
        add(enrolmentGrid(data));

        if (data.kindergartenAge() || !data.kindergarten().isEmpty()) {
            add(new H3(getTranslation("schooling.kindergarten")));
            if (data.mayRecord()) {
                Button add = new Button(getTranslation("schooling.newKindergarten"), e -> kindergartenDialog(null));
                add.setId("school-new-kindergarten");
                add(add);
            }
            add(kindergartenGrid(data));
        }
        if (data.activityAge() || !data.activity().isEmpty()) {
            add(new H3(getTranslation("schooling.activity")));
            if (data.mayRecord()) {
                Button add = new Button(getTranslation("schooling.recordActivity"),
                        e -> new ActivityDialog(kindergarten, personId, today, this::afterChange).open());
                add.setId("school-record-activity");
                add(add);
            }
            add(activityGrid(data));
        }
    }

    private Grid<EnrolmentRow> enrolmentGrid(SchoolingPanel data) {
        Grid<EnrolmentRow> grid = new Grid<>(EnrolmentRow.class, false);
        grid.setId("school-enrolments");
        Grids.emptyState(grid, "empty.enrolments");
        grid.addColumn(EnrolmentRow::schoolName).setHeader(getTranslation("field.school")).setAutoWidth(true);
        grid.addColumn(EnrolmentRow::schoolYear).setHeader(getTranslation("field.schoolYear")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.state().i18nKey())).setHeader(getTranslation("field.enrolmentState"))
                .setAutoWidth(true);
        grid.addColumn(r -> Dates.format(r.appliedOn())).setHeader(getTranslation("field.appliedOn"));
        grid.addColumn(r -> Dates.format(r.enrolledOn())).setHeader(getTranslation("field.enrolledOn"));
        grid.addColumn(r -> Dates.format(r.startedOn())).setHeader(getTranslation("field.startedOn"));
        grid.addColumn(r -> r.endedOn() == null ? "" : Dates.format(r.endedOn()) + " ("
                + getTranslation(r.endReason().i18nKey()) + ")").setHeader(getTranslation("field.endedOn"));
        if (data.mayRecord()) {
            grid.addComponentColumn(r -> {
                Button edit = new Button(getTranslation("action.edit"), e -> enrolmentDialog(data, r));
                edit.setId("school-edit-enrolment-" + r.id());
                return edit;
            });
        }
        grid.setItems(data.enrolments());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<KindergartenRow> kindergartenGrid(SchoolingPanel data) {
        Grid<KindergartenRow> grid = new Grid<>(KindergartenRow.class, false);
        grid.setId("school-kindergarten");
        Grids.emptyState(grid, "empty.kindergarten");
        grid.addColumn(r -> Dates.format(r.appliedOn())).setHeader(getTranslation("field.appliedOn"));
        grid.addColumn(r -> Dates.format(r.offeredOn())).setHeader(getTranslation("field.offeredOn"));
        grid.addColumn(r -> Dates.format(r.startedOn())).setHeader(getTranslation("field.startedOn"));
        grid.addColumn(r -> Dates.format(r.endedOn())).setHeader(getTranslation("field.endedOn"));
        grid.addColumn(r -> getTranslation(r.udiFunded() ? "schooling.udiFunded" : "schooling.notUdiFunded"))
                .setHeader(getTranslation("field.udiFunded"));
        if (data.mayRecord()) {
            grid.addComponentColumn(r -> {
                Button edit = new Button(getTranslation("action.edit"), e -> kindergartenDialog(r));
                edit.setId("school-edit-kindergarten-" + r.id());
                return edit;
            });
        }
        grid.setItems(data.kindergarten());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<ActivityRow> activityGrid(SchoolingPanel data) {
        Grid<ActivityRow> grid = new Grid<>(ActivityRow.class, false);
        grid.setId("school-activity");
        Grids.emptyState(grid, "empty.activity");
        grid.addColumn(r -> Dates.format(r.onDay())).setHeader(getTranslation("field.onDay"));
        grid.addColumn(r -> r.hours().toPlainString()).setHeader(getTranslation("field.hours"));
        grid.addColumn(ActivityRow::recordedBy).setHeader(getTranslation("field.recordedBy"));
        grid.setItems(data.activity());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void enrolmentDialog(SchoolingPanel data, @Nullable EnrolmentRow row) {
        new EnrolmentDialog(enrolments, schools, municipalities, personId, data.municipalityCode(), row,
                today, this::afterChange).open();
    }

    private void kindergartenDialog(@Nullable KindergartenRow row) {
        new KindergartenDialog(kindergarten, personId, row, this::afterChange).open();
    }

    private void afterChange() {
        reload();
        changed.run();
    }
}
