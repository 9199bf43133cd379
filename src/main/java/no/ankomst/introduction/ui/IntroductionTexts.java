package no.ankomst.introduction.ui;

import com.vaadin.flow.component.html.Span;
import no.ankomst.base.ui.Chip;
import no.ankomst.base.ui.I18n;
import no.ankomst.introduction.IntroductionStatus;

/** The words and colours of a programme status, alike in the list and on the person's page. */
final class IntroductionTexts {

    private IntroductionTexts() {
    }

    static Chip.Tone tone(IntroductionStatus status) {
        return switch (status) {
            case LATE -> Chip.Tone.ERROR;
            case NEAR_LATE -> Chip.Tone.WARNING;
            case NOT_OFFERED, OFFERED -> Chip.Tone.INFO;
            case IN_PROGRESS, COMPLETED -> Chip.Tone.OK;
            case DECLINED -> Chip.Tone.MUTED;
        };
    }

    static Span chip(IntroductionStatus status) {
        return Chip.of(I18n.t(status.i18nKey()), tone(status));
    }
}
