package no.ankomst.schooling.ui;

import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import no.ankomst.base.ui.Chip;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.I18n;
import no.ankomst.base.ui.Notifications;
import no.ankomst.schooling.SchoolingRecords.Warning;
import no.ankomst.schooling.SchoolingStatus;

/** The words and colours of a schooling status, and warnings shown after a save. */
final class SchoolingTexts {

    private SchoolingTexts() {
    }

    static Chip.Tone tone(SchoolingStatus status) {
        return switch (status) {
            case LATE -> Chip.Tone.ERROR;
            case SOON_LATE -> Chip.Tone.WARNING;
            case NEEDS_SCHOOL -> Chip.Tone.INFO;
            case ENROLLED -> Chip.Tone.INFO;
            case STARTED -> Chip.Tone.OK;
            case NOT_SCHOOL_AGE -> Chip.Tone.MUTED;
        };
    }

    static Span chip(SchoolingStatus status) {
        return Chip.of(I18n.t(status.i18nKey()), tone(status));
    }

    static String warning(Warning warning) {
        Object[] args = warning.args().stream().map(a -> a instanceof LocalDate d ? Dates.format(d) : a).toArray();
        return I18n.t(warning.key(), args);
    }

    /** A saved notification, followed by any warnings the service gave. */
    static void saved(List<Warning> warnings) {
        Notifications.success(I18n.t("schooling.saved"));
        if (!warnings.isEmpty()) {
            Notifications.error(String.join("\n", warnings.stream().map(SchoolingTexts::warning).toList()));
        }
    }
}
