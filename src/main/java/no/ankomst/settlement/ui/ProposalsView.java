package no.ankomst.settlement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import no.ankomst.base.ui.BackgroundWork;
import no.ankomst.base.ui.Grids;
import no.ankomst.base.ui.Notifications;
import no.ankomst.base.ui.PageHeading;
import no.ankomst.reference.Municipality;
import no.ankomst.reference.MunicipalityService;
import no.ankomst.security.Capability;
import no.ankomst.security.RouteCapability;
import no.ankomst.settlement.MatchingService;
import no.ankomst.settlement.ProposalRecords.ProposalFilter;
import no.ankomst.settlement.ProposalRecords.ProposalRow;
import no.ankomst.settlement.ProposalRecords.RunSummary;
import no.ankomst.settlement.ProposalService;
import no.ankomst.settlement.ProposalState;
import no.ankomst.settlement.matching.PreferenceTerm;
import org.jspecify.annotations.Nullable;

/**
 * The settlement officer's matching: run it over their counties (in the background, with progress), then the
 * proposals, soonest target date first, each with its score per preference and the two best alternatives; override
 * (reason required), send, withdraw. Never shows or uses nationality.
 */
@Route("settlement/proposals")
@Menu(order = 18, title = "nav.proposals", icon = "vaadin:exchange")
@RolesAllowed("SETTLEMENT_OFFICER")
@RouteCapability(Capability.SEND_PROPOSALS)
public class ProposalsView extends VerticalLayout implements PageHeading {

    private final ProposalService proposals;
    private final MatchingService matching;
    private final Map<String, String> names = new HashMap<>();
    private final Grid<ProposalRow> grid = new Grid<>(ProposalRow.class, false);
    private final Select<ProposalState> state = new Select<>();
    private final ProgressBar progress = new ProgressBar();
    private final Span runSummary = new Span();
    private final Button run = new Button();
    private final Button override = new Button();
    private final Button send = new Button();
    private final Button withdraw = new Button();
    private final ExplanationTable explanation = new ExplanationTable("proposal-explanation");
    private final Span reasons = new Span();
    private final BackgroundWork work;

    ProposalsView(ProposalService proposals, MatchingService matching, MunicipalityService municipalities) {
        this.proposals = proposals;
        this.matching = matching;
        municipalities.all().forEach(m -> names.put(m.code(), m.name()));
        setId("proposals-view");
        setSizeFull();
        work = new BackgroundWork(this, progress).onFinish(() -> {
            progress.setVisible(false);
            run.setEnabled(true);
        });
        add(createRun(), createFilters(), createGrid(), createDetails());
        select(null);
    }

    private HorizontalLayout createRun() {
        run.setId("proposals-run");
        run.setText(getTranslation("settlement.run"));
        run.addThemeVariants(ButtonVariant.PRIMARY);
        run.addClickListener(event -> startRun());
        progress.setId("proposals-progress");
        progress.setIndeterminate(true);
        progress.setWidth("12em");
        progress.setVisible(false);
        runSummary.setId("proposals-run-summary");
        HorizontalLayout bar = new HorizontalLayout(run, progress, runSummary);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        return bar;
    }

    private void startRun() {
        run.setEnabled(false);
        progress.setVisible(true);
        runSummary.setText(getTranslation("settlement.running", matching.timeLimitSeconds()));
        work.start(report -> matching.run(), this::showRun);
    }

    void showRun(RunSummary summary) {
        String text = getTranslation("settlement.runDone", String.valueOf(summary.runId()), summary.assigned(), summary.households(),
                summary.score(), summary.greedyScore(), summary.municipalities());
        if (summary.municipalitiesWithoutLocation() > 0) {
            text += " " + getTranslation("settlement.runApproximate", summary.municipalitiesWithoutLocation());
        }
        runSummary.setText(text);
        grid.getDataProvider().refreshAll();
    }

    private HorizontalLayout createFilters() {
        state.setId("proposals-state");
        state.setLabel(getTranslation("field.state"));
        state.setEmptySelectionAllowed(true);
        state.setItems(ProposalState.values());
        state.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.i18nKey()));
        state.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        return new HorizontalLayout(state);
    }

    private Grid<ProposalRow> createGrid() {
        grid.setId("proposals-grid");
        Grids.emptyState(grid, "empty.proposals");
        grid.addColumn(ProposalRow::headName).setHeader(getTranslation("settlement.household")).setAutoWidth(true);
        grid.addColumn(ProposalRow::size).setHeader(getTranslation("settlement.size")).setAutoWidth(true);
        grid.addColumn(r -> r.unaccompaniedMinor() ? getTranslation("settlement.yes") : "")
                .setHeader(getTranslation("settlement.unaccompanied")).setAutoWidth(true);
        grid.addColumn(ProposalRow::municipalityName).setHeader(getTranslation("field.municipality")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.state().i18nKey())).setHeader(getTranslation("field.state"))
                .setAutoWidth(true);
        grid.addColumn(ProposalRow::score).setHeader(getTranslation("settlement.total")).setAutoWidth(true);
        for (PreferenceTerm term : PreferenceTerm.values()) {
            grid.addColumn(r -> r.explanation().terms().getOrDefault(term, 0L))
                    .setHeader(getTranslation("settlement.term." + term.name())).setAutoWidth(true);
        }
        grid.addColumn(r -> String.join(", ", r.explanation().alternatives().stream()
                        .map(a -> name(a.municipalityCode()) + " (" + a.total() + ")").toList()))
                .setHeader(getTranslation("settlement.alternatives")).setAutoWidth(true);
        grid.addColumn(r -> r.declineReason() != null ? r.declineReason()
                        : r.overrideReason() != null ? r.overrideReason() : "")
                .setHeader(getTranslation("field.reason")).setAutoWidth(true);
        grid.setItems(query -> proposals.page(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> proposals.count(filter()));
        grid.asSingleSelect().addValueChangeListener(event -> select(event.getValue()));
        grid.setHeight("24em");
        return grid;
    }

    private VerticalLayout createDetails() {
        override.setId("proposal-override");
        override.setText(getTranslation("settlement.override"));
        override.addClickListener(event -> selected().ifPresent(row -> new OverrideDialog(row, proposals,
                names, this::changed).open()));
        send.setId("proposal-send");
        send.setText(getTranslation("settlement.send"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickListener(event -> selected().ifPresent(row -> {
            proposals.send(row.id(), row.version());
            Notifications.success(getTranslation("settlement.sent", row.municipalityName()));
            changed();
        }));
        withdraw.setId("proposal-withdraw");
        withdraw.setText(getTranslation("settlement.withdraw"));
        withdraw.addThemeVariants(ButtonVariant.ERROR);
        withdraw.addClickListener(event -> selected().ifPresent(row -> {
            proposals.withdraw(row.id(), row.version());
            Notifications.success(getTranslation("settlement.withdrawn"));
            changed();
        }));
        reasons.setId("proposal-reasons");
        H2 heading = new H2(getTranslation("settlement.proposalHeading"));
        return new VerticalLayout(heading, new HorizontalLayout(override, send, withdraw), reasons, explanation);
    }

    private void changed() {
        grid.getDataProvider().refreshAll();
        select(null);
    }

    private java.util.Optional<ProposalRow> selected() {
        return grid.asSingleSelect().getOptionalValue();
    }

    private void select(@Nullable ProposalRow row) {
        explanation.setVisible(row != null);
        override.setEnabled(row != null && row.state() == ProposalState.DRAFT);
        send.setEnabled(row != null && row.state() == ProposalState.DRAFT);
        withdraw.setEnabled(row != null && (row.state() == ProposalState.DRAFT || row.state() == ProposalState.SENT));
        reasons.setText(row == null || row.overrideReason() == null ? ""
                : getTranslation("settlement.overrideReasonShown", row.overrideReason()));
        if (row != null) {
            explanation.show(row.explanation(), row.municipalityName(), this::name);
        }
    }

    private String name(String code) {
        return names.getOrDefault(code, code);
    }

    private ProposalFilter filter() {
        return new ProposalFilter(null, state.getValue());
    }

    @Override
    public String heading() {
        return getTranslation("nav.proposals");
    }
}
