package no.ankomst.introduction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.Locale;
import no.ankomst.base.ui.Dates;
import no.ankomst.introduction.IntroductionRecords.Content;
import no.ankomst.introduction.IntroductionRecords.Panel;
import no.ankomst.introduction.IntroductionRecords.RightRow;
import no.ankomst.introduction.IntroductionRecords.Step;
import no.ankomst.introduction.IntroductionService;
import no.ankomst.introduction.ParticipationState;
import org.jspecify.annotations.Nullable;

/**
 * One person's right to the programme: status (computed when read), basis, the day it arose and the start-by day,
 * the steps so far and the content; for the coordinator of the right's municipality, the steps its state allows and
 * the content form.
 */
class IntroductionPanel extends VerticalLayout {

    private final IntroductionService service;
    private final long personId;
    private final LocalDate today;
    private final Runnable changed;

    IntroductionPanel(IntroductionService service, long personId, LocalDate today, Runnable changed) {
        this.service = service;
        this.personId = personId;
        this.today = today;
        this.changed = changed;
        setId("introduction-panel");
        setPadding(false);
        reload();
    }

    void reload() {
        removeAll();
        Panel data = service.panel(personId);
        RightRow r = data.right();
        Span status = IntroductionTexts.chip(r.status());
        status.setId("introduction-status");
        Span startBy = new Span(getTranslation("introduction.startBy", Dates.format(r.startBy())));
        startBy.setId("introduction-start-by");
        HorizontalLayout head = new HorizontalLayout(status, startBy);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(head);
        add(line("introduction-basis", "introduction.field.basis", getTranslation(r.basis().i18nKey())),
                line("introduction-arose", "introduction.field.aroseOn", Dates.format(r.aroseOn())),
                line("introduction-municipality", "field.municipality", r.municipalityCode()),
                line("introduction-state", "introduction.field.state", getTranslation(r.state().i18nKey())));
        dated("introduction-offered", "introduction.field.offeredOn", r.offeredOn());
        dated("introduction-started", "introduction.field.startedOn", r.startedOn());
        dated("introduction-paused", "introduction.field.pausedOn", r.pausedOn());
        dated("introduction-resumed", "introduction.field.resumedOn", r.resumedOn());
        dated("introduction-completed", "introduction.field.completedOn", r.completedOn());
        if (r.declinedOn() != null) {
            add(line("introduction-declined", "introduction.field.declinedOn", getTranslation(
                    "introduction.declinedBy", Dates.format(r.declinedOn()), r.declinedBy(), r.declineReason())));
        }
        add(line("introduction-content", "introduction.field.content", content(r.content())));
        if (data.mayChange()) {
            add(actions(data));
        }
    }

    private HorizontalLayout actions(Panel data) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("introduction-actions");
        actions.setWrap(true);
        for (Step step : Step.values()) {
            if (IntroductionService.allowed(step, data.right().state())) {
                Button button = new Button(getTranslation(step.i18nKey()),
                        e -> new StepDialog(service, data.right(), step, today, this::afterChange).open());
                button.setId("introduction-" + step.name().toLowerCase(Locale.ROOT));
                actions.add(button);
            }
        }
        if (data.right().state() != ParticipationState.DECLINED) {
            Button content = new Button(getTranslation("introduction.setContent"),
                    e -> new ContentDialog(service, data.right(), data.parent(), this::afterChange).open());
            content.setId("introduction-set-content");
            actions.add(content);
        }
        return actions;
    }

    private String content(Content c) {
        StringBuilder text = new StringBuilder();
        if (c.orientation() != null) {
            text.append(getTranslation(c.orientation().i18nKey()));
        }
        if (c.language() != null) {
            text.append(text.isEmpty() ? "" : ", ").append(getTranslation(c.language().i18nKey()));
        }
        if (c.parentingGuidance()) {
            text.append(text.isEmpty() ? "" : ", ").append(getTranslation("introduction.field.parentingGuidance"));
        }
        return text.isEmpty() ? "–" : text.toString();
    }

    private void dated(String id, String labelKey, @Nullable LocalDate day) {
        if (day != null) {
            add(line(id, labelKey, Dates.format(day)));
        }
    }

    private Div line(String id, String labelKey, String value) {
        Div line = new Div(getTranslation(labelKey) + ": " + value);
        line.setId(id);
        return line;
    }

    private void afterChange() {
        reload();
        changed.run();
    }
}
