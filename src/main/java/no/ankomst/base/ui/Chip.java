package no.ankomst.base.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** A small coloured label. One set of tones for the whole app, so a status looks the same everywhere. */
public final class Chip {

    public enum Tone { OK, INFO, WARNING, ERROR, MUTED }

    private Chip() {
    }

    public static Span of(String text, Tone tone) {
        Span chip = new Span(text);
        chip.addClassNames("chip", "chip-" + tone.name().toLowerCase(Locale.ROOT));
        return chip;
    }
}
