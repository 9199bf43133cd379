package no.ankomst.protection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.time.ZoneId;
import no.ankomst.base.ui.Chip;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.Grids;
import no.ankomst.protection.CaseState;
import no.ankomst.protection.PermitPeriods;
import no.ankomst.protection.ProtectionCaseRecords.CaseDetail;
import no.ankomst.protection.ProtectionCaseRecords.CaseEvent;
import no.ankomst.protection.ProtectionCaseRecords.CasePanelData;
import no.ankomst.protection.ProtectionCaseRecords.FamilyCase;
import no.ankomst.protection.ProtectionCaseRecords.Permit;
import no.ankomst.protection.ProtectionCaseService;
import no.ankomst.protection.ScreeningService;
import no.ankomst.protection.WorkStatus;
import org.jspecify.annotations.Nullable;

/**
 * The "Case" tab of a resident: where the case stands with UDI, whether the person may work, the permit,
 * the family's cases and the history of every change. The actions offered are only the steps the process
 * allows next, and only to users who may change the case.
 */
class ProtectionCasePanel extends VerticalLayout {


    private final ProtectionCaseService cases;
    private final ScreeningService screenings;
    private final CaseActions actions;
    private final long personId;
    private final ZoneId zone;

    /** {@code changed}: after each change (so the resident page's header shows the new state) */
    ProtectionCasePanel(ProtectionCaseService cases, ScreeningService screenings, long personId, LocalDate today,
                        ZoneId zone, Runnable changed) {
        this.cases = cases;
        this.screenings = screenings;
        this.personId = personId;
        this.zone = zone;
        this.actions = new CaseActions(cases, personId, today, () -> {
            reload();
            changed.run();
        });
        setId("case-panel");
        setPadding(false);
        reload();
    }

    void reload() {
        removeAll();
        CasePanelData data = cases.panel(personId);
        CaseDetail detail = data.detail();
        if (detail == null) {
            Paragraph none = new Paragraph(getTranslation("case.none"));
            none.setId("case-none");
            add(none);
            if (data.mayChange()) {
                add(actions.openButton(data.suggestedRegisteredOn()));
            }
        } else {
            add(status(detail), screeningAdvice());
            if (data.mayChange()) {
                add(actions.buttons(detail, data.maxPermitYears()));
            }
            if (detail.state() == CaseState.GRANTED) {
                add(permit(detail, data));
            }
            add(new H3(getTranslation("case.timeline")), timeline(detail));
        }
        if (!data.formerIdentityNumbers().isEmpty()) {
            Div former = new Div(new Span(getTranslation("field.formerIdentityNumbers") + ": "),
                    new Span(String.join(", ", data.formerIdentityNumbers())));
            former.setId("case-former-numbers");
            add(former);
        }
        if (!data.family().isEmpty()) {
            add(new H3(getTranslation("case.family")), family(data));
        }
    }

    private Component status(CaseDetail detail) {
        Span state = CaseChips.state(detail.state());
        state.setId("case-state");
        Span work = CaseChips.work(detail.workStatus());
        work.setId("case-work-status");
        HorizontalLayout line = new HorizontalLayout(state, new Span(getTranslation("field.stateSince") + " "
                + detail.stateSince()), work);
        if (detail.state() == CaseState.CALLED_FOR_INTERVIEW && detail.interviewOn() != null) {
            line.add(new Span(getTranslation("case.interviewOn", detail.interviewOn())));
        }
        if (detail.processingTrack() != null && detail.state().open()) {
            line.add(new Span(getTranslation("field.processingTrack") + ": "
                    + getTranslation("processingTrack." + detail.processingTrack().name())));
        }
        line.setAlignItems(Alignment.BASELINE);
        line.setWrap(true);
        return line;
    }

    /** The latest eligibility screening beside the case: the advice staff act on until UDI decides. */
    private Component screeningAdvice() {
        ScreeningAdvicePanel advice = new ScreeningAdvicePanel(zone);
        advice.show(screenings.latest(personId).orElse(null));
        Anchor open = new Anchor("residents/person/" + personId + "/screening", getTranslation("resident.screening"));
        open.setId("case-open-screening");
        VerticalLayout spot = new VerticalLayout(new H3(getTranslation("screening.title")), advice, open);
        spot.setId("case-screening");
        spot.setPadding(false);
        return spot;
    }

    private Component permit(CaseDetail detail, CasePanelData data) {
        VerticalLayout box = new VerticalLayout();
        box.setId("case-permit");
        box.setPadding(false);
        box.setSpacing(false);
        box.add(new H3(getTranslation("field.permit")));
        Span period = new Span(detail.permitTo() == null ? "–" : detail.permits().getLast().validFrom() + " – "
                + detail.permitTo());
        period.setId("case-permit-period");
        HorizontalLayout current = new HorizontalLayout(period);
        if (detail.permitExpired()) {
            current.add(Chip.of(getTranslation(WorkStatus.PERMIT_EXPIRED.i18nKey()), Chip.Tone.ERROR));
        }
        box.add(current);
        if (detail.permitFrom() != null) {
            box.add(new Span(getTranslation("case.maxPermit", data.maxPermitYears(),
                    PermitPeriods.latestEnd(detail.permitFrom(), data.maxPermitYears()))));
        }
        box.add(line("field.residenceCard", detail.residenceCard() == null ? "–"
                        : getTranslation("residenceCard." + detail.residenceCard().name())),
                line("field.decisionLetterSentOn", text(detail.decisionLetterSentOn())),
                line("field.addressReceivesPost", detail.addressReceivesPost() == null ? "–"
                        : getTranslation(detail.addressReceivesPost() ? "yes" : "no")));
        Grid<Permit> permits = new Grid<>(Permit.class, false);
        permits.setId("case-permits");
        permits.addColumn(p -> Dates.format(p.validFrom())).setHeader(getTranslation("field.permitFrom"));
        permits.addColumn(p -> Dates.format(p.validTo())).setHeader(getTranslation("field.permitTo"));
        permits.addColumn(p -> getTranslation(p.renewal() ? "case.renewal" : "case.firstPermit"));
        permits.setItems(detail.permits());
        permits.setAllRowsVisible(true);
        box.add(permits);
        return box;
    }

    private Grid<CaseEvent> timeline(CaseDetail detail) {
        Grid<CaseEvent> grid = new Grid<>(CaseEvent.class, false);
        grid.setId("case-timeline");
        grid.addColumn(e -> Dates.format(e.effectiveOn())).setHeader(getTranslation("field.effectiveOn")).setAutoWidth(true);
        grid.addColumn(this::what).setHeader(getTranslation("field.caseState")).setAutoWidth(true);
        grid.addColumn(CaseEvent::reason).setHeader(getTranslation("field.reason")).setFlexGrow(1);
        grid.addColumn(e -> e.recordedBy() + " · " + Dates.format(e.recordedAt(), zone))
                .setHeader(getTranslation("field.recordedBy")).setAutoWidth(true);
        // newest first: the current state at the top
        grid.setItems(detail.events().reversed());
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The state reached, or what else changed, with the details the change carried. */
    private String what(CaseEvent e) {
        StringBuilder text = new StringBuilder(e.toState() != null ? getTranslation(e.toState().i18nKey())
                : getTranslation("caseEvent." + e.kind().name()));
        if (e.interviewOn() != null) {
            text.append(" (").append(getTranslation("case.interviewOn", e.interviewOn())).append(')');
        }
        if (e.processingTrack() != null) {
            text.append(" (").append(getTranslation("processingTrack." + e.processingTrack().name())).append(')');
        }
        if (e.permitFrom() != null) {
            text.append(" · ").append(e.permitFrom()).append(" – ").append(e.permitTo());
        }
        if (e.residenceCard() != null) {
            text.append(" · ").append(getTranslation("residenceCard." + e.residenceCard().name()));
        }
        return text.toString();
    }

    private Grid<FamilyCase> family(CasePanelData data) {
        Grid<FamilyCase> grid = new Grid<>(FamilyCase.class, false);
        grid.setId("case-family");
        grid.addColumn(FamilyCase::name).setHeader(getTranslation("field.name")).setAutoWidth(true);
        grid.addColumn(f -> f.state() == null ? getTranslation("case.noCase") : getTranslation(f.state().i18nKey()))
                .setHeader(getTranslation("field.caseState")).setAutoWidth(true);
        grid.setItems(data.family());
        grid.setAllRowsVisible(true);
        Grids.opensRows(grid, f -> getUI().ifPresent(ui -> ui.navigate("residents/person/" + f.personId())));
        return grid;
    }

    private Component line(String labelKey, String value) {
        return new Div(new Span(getTranslation(labelKey) + ": "), new Span(value));
    }

    private static String text(@Nullable LocalDate date) {
        return date == null ? "–" : Dates.format(date);
    }
}
