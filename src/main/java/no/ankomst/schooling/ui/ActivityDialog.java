package no.ankomst.schooling.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.I18n;
import no.ankomst.schooling.KindergartenService;
import no.ankomst.schooling.SchoolingRecords.Warning;

/** One day of organised activity at the centre, with its hours (at least 3 a day is the duty). */
class ActivityDialog extends SchoolingDialog {

    private final KindergartenService kindergarten;
    private final long personId;
    final DatePicker onDay = Dates.picker(I18n.t("field.onDay"));
    final BigDecimalField hours = new BigDecimalField(I18n.t("field.hours"));

    ActivityDialog(KindergartenService kindergarten, long personId, LocalDate today, Runnable afterSave) {
        super("activity-dialog", "schooling.recordActivity", afterSave);
        this.kindergarten = kindergarten;
        this.personId = personId;
        onDay.setId("activity-day");
        onDay.setRequiredIndicatorVisible(true);
        onDay.setValue(today);
        hours.setId("activity-hours");
        hours.setRequiredIndicatorVisible(true);
        hours.setValue(BigDecimal.valueOf(3));
        field("onDay", onDay);
        field("hours", hours);
    }

    @Override
    List<Warning> doSave() {
        return kindergarten.recordActivity(personId, onDay.getValue(), hours.getValue()).warnings();
    }
}
