package no.ankomst.settlement.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.Grids;
import no.ankomst.base.ui.PageHeading;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import no.ankomst.security.RouteCapability;
import no.ankomst.settlement.CoordinatorService;
import no.ankomst.settlement.ProposalRecords.AcceptedRow;
import no.ankomst.settlement.ProposalRecords.MunicipalityOverview;
import no.ankomst.settlement.ProposalRecords.ProposalFilter;
import no.ankomst.settlement.ProposalRecords.ProposalRow;
import no.ankomst.settlement.ProposalService;
import no.ankomst.settlement.ProposalState;

/**
 * The coordinator's municipality: places this year as one bar (accepted of decided, settled ones included), the
 * proposals waiting for an answer (household size, why proposed) and the accepted households with their dates.
 * A row opens the proposal, where it is answered, or its handover summary.
 */
@Route("settlement/municipality")
@Menu(order = 19, title = "nav.municipalitySettlement", icon = "vaadin:home-o")
@RolesAllowed("SETTLEMENT_COORDINATOR")
@RouteCapability(Capability.DECIDE_SETTLEMENT)
public class MunicipalityView extends VerticalLayout implements PageHeading {

    MunicipalityView(CoordinatorService coordinator, ProposalService proposals, Permissions permissions) {
        setId("municipality-view");
        setSizeFull();
        MunicipalityOverview overview = coordinator.overview();
        add(capacity(overview));
        add(new H2(getTranslation("settlement.waiting")), waiting(proposals));
        add(new H2(getTranslation("settlement.acceptedHouseholds")));
        if (permissions.may(Capability.WRITE_LETTERS)) {
            // the settlement notices of those moving in some days, printed in one PDF on the letters' batch page
            Anchor notices = new Anchor("letters/batch?kind=SETTLEMENT", getTranslation("letters.printSettlementNotices"));
            notices.setId("municipality-settlement-letters");
            add(notices);
        }
        add(accepted(coordinator));
    }

    private VerticalLayout capacity(MunicipalityOverview o) {
        Span text = new Span();
        text.setId("municipality-capacity");
        ProgressBar bar = new ProgressBar();
        bar.setId("municipality-capacity-bar");
        bar.setWidth("24em");
        if (o.decidedPersons() == null) {
            text.setText(getTranslation("settlement.noDecision", String.valueOf(o.year())));
            bar.setVisible(false);
        } else {
            int decided = o.decidedPersons();
            text.setText(getTranslation("settlement.capacity", String.valueOf(o.year()), decided, o.acceptedPersons(),
                    o.settledPersons(), Math.max(0, decided - o.acceptedPersons())));
            bar.setValue(decided == 0 ? 1 : Math.min(1, (double) o.acceptedPersons() / decided));
            // the bar says in words what the line above it says: screen readers name it by that line
            bar.getElement().setAttribute("aria-labelledby", "municipality-capacity");
        }
        VerticalLayout block = new VerticalLayout(text, bar);
        if (o.decidedMinors() != null && o.decidedMinors() > 0) {
            Span minors = new Span(getTranslation("settlement.capacityMinors", o.decidedMinors(), o.acceptedMinors()));
            minors.setId("municipality-capacity-minors");
            block.add(minors);
        }
        block.setPadding(false);
        return block;
    }

    private Grid<ProposalRow> waiting(ProposalService proposals) {
        Grid<ProposalRow> grid = new Grid<>(ProposalRow.class, false);
        grid.setId("municipality-waiting");
        Grids.emptyState(grid, "empty.proposalsWaiting");
        grid.addColumn(ProposalRow::headName).setHeader(getTranslation("settlement.household")).setAutoWidth(true);
        grid.addColumn(r -> r.adults() + " + " + r.children()).setHeader(getTranslation("settlement.size"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.unaccompaniedMinor() ? getTranslation("settlement.yes") : "")
                .setHeader(getTranslation("settlement.unaccompanied")).setAutoWidth(true);
        grid.addColumn(r -> r.dwellingLabel() == null ? "" : r.dwellingLabel()).setHeader(getTranslation("field.dwelling"))
                .setAutoWidth(true);
        grid.addColumn(ProposalRow::score).setHeader(getTranslation("settlement.total")).setAutoWidth(true);
        ProposalFilter sent = new ProposalFilter(null, ProposalState.SENT);
        grid.setItems(query -> proposals.page(sent, query.getOffset(), query.getLimit()).stream(),
                query -> proposals.count(sent));
        Grids.opensRows(grid, row -> getUI().ifPresent(ui -> ui.navigate("settlement/proposal/" + row.id())));
        grid.setHeight("16em");
        return grid;
    }

    private Grid<AcceptedRow> accepted(CoordinatorService coordinator) {
        Grid<AcceptedRow> grid = new Grid<>(AcceptedRow.class, false);
        grid.setId("municipality-accepted");
        Grids.emptyState(grid, "empty.acceptedHouseholds");
        grid.addColumn(AcceptedRow::headName).setHeader(getTranslation("settlement.household")).setAutoWidth(true);
        grid.addColumn(AcceptedRow::size).setHeader(getTranslation("settlement.size")).setAutoWidth(true);
        grid.addColumn(r -> r.dwellingLabel() == null ? "" : r.dwellingLabel()).setHeader(getTranslation("field.dwelling"))
                .setAutoWidth(true);
        grid.addColumn(r -> Dates.format(r.firstDate())).setHeader(getTranslation("settlement.firstDate"))
                .setAutoWidth(true);
        grid.addColumn(r -> Dates.format(r.lastDate())).setHeader(getTranslation("settlement.lastDate"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.settled() ? getTranslation("settlement.settled") : "")
                .setHeader(getTranslation("field.state")).setAutoWidth(true);
        grid.setItems(query -> coordinator.accepted(query.getOffset(), query.getLimit()).stream());
        Grids.opensRows(grid, row -> getUI().ifPresent(ui -> ui.navigate("settlement/handover/" + row.householdId())));
        grid.setHeight("16em");
        return grid;
    }

    @Override
    public String heading() {
        return getTranslation("nav.municipalitySettlement");
    }
}
