package no.ankomst.protection.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.time.ZoneId;
import no.ankomst.base.ui.Chip;
import no.ankomst.base.ui.Dates;
import no.ankomst.protection.ScreeningAdvice;
import no.ankomst.protection.ScreeningOutcome;
import no.ankomst.protection.ScreeningReason;
import no.ankomst.protection.ScreeningRecords.Screening;
import org.jspecify.annotations.Nullable;

/** The advice of the latest screening: outcome and ground, the reasons in the reader's language, what to find out. */
class ScreeningAdvicePanel extends VerticalLayout {

    private final ZoneId zone;

    ScreeningAdvicePanel(ZoneId zone) {
        this.zone = zone;
        setId("screening-advice");
        setPadding(false);
        addClassName("screening-advice");
    }

    void show(@Nullable Screening screening) {
        removeAll();
        if (screening == null) {
            Span none = new Span(getTranslation("screening.none"));
            none.setId("screening-none");
            add(none);
            return;
        }
        ScreeningAdvice advice = screening.advice();
        Span outcome = Chip.of(getTranslation(advice.outcome().i18nKey()), tone(advice.outcome()));
        outcome.setId("screening-outcome");
        HorizontalLayout heading = new HorizontalLayout(outcome);
        if (advice.ground() != null) {
            Span ground = new Span(getTranslation(advice.ground().i18nKey()));
            ground.setId("screening-ground");
            heading.add(ground);
        }
        Div by = new Div(getTranslation("screening.latest", screening.version(), screening.screenedBy(),
                Dates.format(screening.screenedAt(), zone)));
        by.addClassName("fact-label");
        add(heading, by);

        UnorderedList reasons = new UnorderedList();
        reasons.setId("screening-reasons");
        advice.reasons().forEach(reason -> reasons.add(new ListItem(text(reason))));
        add(new H3(getTranslation("screening.reasons")), reasons);
        if (!advice.missingFacts().isEmpty()) {
            UnorderedList missing = new UnorderedList();
            missing.setId("screening-missing");
            advice.missingFacts().forEach(fact -> missing.add(new ListItem(getTranslation("field." + fact))));
            add(new H3(getTranslation("screening.missingFacts")), missing);
        }
    }

    /** A reason in words: dates in the reader's format, nested keys (oblasts, relations) translated too. */
    String text(ScreeningReason reason) {
        Object[] args = reason.args().stream().map(arg -> switch (arg) {
            case LocalDate date -> Dates.format(date, getLocale());
            case ScreeningReason.Key key -> getTranslation(key.key());
            default -> arg;
        }).toArray();
        return getTranslation(reason.key(), args);
    }

    private static Chip.Tone tone(ScreeningOutcome outcome) {
        return switch (outcome) {
            case LIKELY_QUALIFIES -> Chip.Tone.OK;
            case INDIVIDUAL_ASSESSMENT -> Chip.Tone.WARNING;
            case INFORMATION_MISSING -> Chip.Tone.INFO;
        };
    }
}
