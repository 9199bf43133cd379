package no.ankomst.schooling.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.List;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.I18n;
import no.ankomst.reference.Municipality;
import no.ankomst.reference.MunicipalityService;
import no.ankomst.schooling.EndReason;
import no.ankomst.schooling.EnrolmentService;
import no.ankomst.schooling.SchoolService;
import no.ankomst.schooling.SchoolingRecords.EnrolmentDraft;
import no.ankomst.schooling.SchoolingRecords.EnrolmentRow;
import no.ankomst.schooling.SchoolingRecords.SchoolRow;
import no.ankomst.schooling.SchoolingRecords.Warning;
import org.jspecify.annotations.Nullable;

/** A new enrolment or the next step of one: municipality and school, year, and the dates so far. */
class EnrolmentDialog extends SchoolingDialog {

    private final EnrolmentService enrolments;
    private final long personId;
    private final @Nullable EnrolmentRow row;
    final ComboBox<Municipality> municipality = new ComboBox<>();
    final ComboBox<SchoolRow> school = new ComboBox<>();
    final IntegerField schoolYear = new IntegerField();
    final DatePicker appliedOn = Dates.picker(I18n.t("field.appliedOn"));
    final DatePicker enrolledOn = Dates.picker(I18n.t("field.enrolledOn"));
    final DatePicker startedOn = Dates.picker(I18n.t("field.startedOn"));
    final DatePicker endedOn = Dates.picker(I18n.t("field.endedOn"));
    final Select<EndReason> endReason = new Select<>();

    EnrolmentDialog(EnrolmentService enrolments, SchoolService schools, MunicipalityService municipalities,
                    long personId, @Nullable String municipalityCode, @Nullable EnrolmentRow row, LocalDate today,
                    Runnable afterSave) {
        super("enrolment-dialog", row == null ? "schooling.newEnrolment" : "schooling.editEnrolment", afterSave);
        this.enrolments = enrolments;
        this.personId = personId;
        this.row = row;
        List<Municipality> all = municipalities.all();
        municipality.setId("enrolment-municipality");
        municipality.setLabel(I18n.t("field.municipality"));
        municipality.setItems(all);
        municipality.setItemLabelGenerator(Municipality::label);
        school.setId("enrolment-school");
        school.setLabel(I18n.t("field.school"));
        school.setRequiredIndicatorVisible(true);
        school.setItemLabelGenerator(SchoolRow::name);
        municipality.addValueChangeListener(e -> {
            school.clear();
            school.setItems(e.getValue() == null ? List.of() : schools.activeIn(e.getValue().code()));
        });
        String start = row != null ? row.municipalityCode() : municipalityCode;
        all.stream().filter(m -> m.code().equals(start)).findFirst().ifPresent(municipality::setValue);
        schoolYear.setId("enrolment-year");
        schoolYear.setLabel(I18n.t("field.schoolYear"));
        schoolYear.setMin(1);
        schoolYear.setMax(10);
        schoolYear.setStepButtonsVisible(true);
        schoolYear.setRequiredIndicatorVisible(true);
        appliedOn.setId("enrolment-applied-on");
        appliedOn.setRequiredIndicatorVisible(true);
        enrolledOn.setId("enrolment-enrolled-on");
        startedOn.setId("enrolment-started-on");
        endedOn.setId("enrolment-ended-on");
        endReason.setId("enrolment-end-reason");
        endReason.setLabel(I18n.t("field.endReason"));
        endReason.setItems(EndReason.values());
        endReason.setEmptySelectionAllowed(true);
        endReason.setItemLabelGenerator(r -> r == null ? "" : I18n.t(r.i18nKey()));
        other(municipality);
        field("school", school);
        field("schoolYear", schoolYear);
        field("appliedOn", appliedOn);
        field("enrolledOn", enrolledOn);
        field("startedOn", startedOn);
        field("endedOn", endedOn);
        field("endReason", endReason);
        if (row != null) {
            school.getListDataView().getItems().filter(s -> s.id() == row.schoolId()).findFirst()
                    .ifPresent(school::setValue);
            schoolYear.setValue(row.schoolYear());
            appliedOn.setValue(row.appliedOn());
            enrolledOn.setValue(row.enrolledOn());
            startedOn.setValue(row.startedOn());
            endedOn.setValue(row.endedOn());
            endReason.setValue(row.endReason());
        } else {
            appliedOn.setValue(today);
        }
    }

    @Override
    List<Warning> doSave() {
        SchoolRow chosen = school.getValue();
        EnrolmentDraft draft = new EnrolmentDraft(chosen == null ? null : chosen.id(), schoolYear.getValue(),
                appliedOn.getValue(), enrolledOn.getValue(), startedOn.getValue(), endedOn.getValue(),
                endReason.getValue());
        return row == null ? enrolments.record(personId, draft).warnings()
                : enrolments.change(row.id(), row.version(), draft).warnings();
    }
}
