package no.ankomst.protection.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import no.ankomst.base.ui.Chip;
import no.ankomst.protection.CaseState;
import no.ankomst.protection.WorkStatus;

/** The case state and the work status in the same words and colours wherever they are shown. */
final class CaseChips {

    private CaseChips() {
    }

    static Span state(CaseState state) {
        return Chip.of(text(state.i18nKey()), state == CaseState.GRANTED ? Chip.Tone.OK
                : state.open() ? Chip.Tone.INFO : Chip.Tone.MUTED);
    }

    static Span work(WorkStatus status) {
        return Chip.of(text(status.i18nKey()), switch (status) {
            case WORK_ALLOWED -> Chip.Tone.OK;
            case NO_RIGHT_TO_WORK -> Chip.Tone.WARNING;
            case PERMIT_EXPIRED -> Chip.Tone.ERROR;
        });
    }

    private static String text(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
