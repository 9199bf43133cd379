package no.ankomst.health.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import no.ankomst.base.ui.Chip;
import no.ankomst.health.TbStatus;

/** The TB status as a chip, the same words and colours on the list, the tab and the header. */
final class TbChips {

    private TbChips() {
    }

    static Span status(TbStatus status) {
        return Chip.of(UI.getCurrent().getTranslation(status.i18nKey()), tone(status));
    }

    /** In the header the chip says what it is about: "TB: overdue". */
    static Span header(TbStatus status) {
        return Chip.of(UI.getCurrent().getTranslation("tb.chip", UI.getCurrent().getTranslation(status.i18nKey())),
                tone(status));
    }

    static Chip.Tone tone(TbStatus status) {
        return switch (status) {
            case OVERDUE -> Chip.Tone.ERROR;
            case DUE -> Chip.Tone.WARNING;
            case BOOKED, REFERRED -> Chip.Tone.INFO;
            case DONE -> Chip.Tone.OK;
            case NOT_DUE_YET -> Chip.Tone.MUTED;
        };
    }
}
