package no.ankomst.schooling.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.List;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.I18n;
import no.ankomst.schooling.KindergartenService;
import no.ankomst.schooling.SchoolingRecords.KindergartenDraft;
import no.ankomst.schooling.SchoolingRecords.KindergartenRow;
import no.ankomst.schooling.SchoolingRecords.Warning;
import org.jspecify.annotations.Nullable;

/** A kindergarten application, or its place: applied, offered, started, ended; UDI-funded or not. */
class KindergartenDialog extends SchoolingDialog {

    private final KindergartenService kindergarten;
    private final long personId;
    private final @Nullable KindergartenRow row;
    final DatePicker appliedOn = Dates.picker(I18n.t("field.appliedOn"));
    final DatePicker offeredOn = Dates.picker(I18n.t("field.offeredOn"));
    final DatePicker startedOn = Dates.picker(I18n.t("field.startedOn"));
    final DatePicker endedOn = Dates.picker(I18n.t("field.endedOn"));
    final Checkbox udiFunded = new Checkbox(I18n.t("field.udiFunded"), true);

    KindergartenDialog(KindergartenService kindergarten, long personId, @Nullable KindergartenRow row,
                       Runnable afterSave) {
        super("kindergarten-dialog", row == null ? "schooling.newKindergarten" : "schooling.editKindergarten",
                afterSave);
        this.kindergarten = kindergarten;
        this.personId = personId;
        this.row = row;
        appliedOn.setId("kindergarten-applied-on");
        appliedOn.setRequiredIndicatorVisible(true);
        offeredOn.setId("kindergarten-offered-on");
        startedOn.setId("kindergarten-started-on");
        endedOn.setId("kindergarten-ended-on");
        udiFunded.setId("kindergarten-udi-funded");
        field("appliedOn", appliedOn);
        field("offeredOn", offeredOn);
        field("startedOn", startedOn);
        field("endedOn", endedOn);
        other(udiFunded);
        if (row != null) {
            appliedOn.setValue(row.appliedOn());
            offeredOn.setValue(row.offeredOn());
            startedOn.setValue(row.startedOn());
            endedOn.setValue(row.endedOn());
            udiFunded.setValue(row.udiFunded());
        }
    }

    @Override
    List<Warning> doSave() {
        KindergartenDraft draft = new KindergartenDraft(appliedOn.getValue(), offeredOn.getValue(),
                startedOn.getValue(), endedOn.getValue(), udiFunded.getValue());
        return row == null ? kindergarten.recordPlace(personId, draft).warnings()
                : kindergarten.changePlace(row.id(), row.version(), draft).warnings();
    }
}
