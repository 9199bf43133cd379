package no.ankomst.settlement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.IntStream;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.Grids;
import no.ankomst.base.ui.PageHeading;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import no.ankomst.security.RouteCapability;
import no.ankomst.settlement.QuotaRecords.QuotaRow;
import no.ankomst.settlement.QuotaService;
import org.jspecify.annotations.Nullable;

/**
 * The yearly requests and council decisions: an officer sees the municipalities of their counties and records
 * requests; a coordinator sees their own municipality and records the decision; managers read all.
 */
@Route("settlement/quotas")
@Menu(order = 41, title = "nav.settlementQuotas", icon = "vaadin:chart-grid")
@RolesAllowed({"ADMIN", "MANAGER", "SETTLEMENT_COORDINATOR", "SETTLEMENT_OFFICER"})
@RouteCapability(Capability.READ_SETTLEMENT_QUOTAS)
public class QuotasView extends VerticalLayout implements PageHeading {

    private final QuotaService quotas;
    private final Grid<QuotaRow> grid = new Grid<>(QuotaRow.class, false);
    private final Select<Integer> year = new Select<>();
    private final Button request = new Button();
    private final Button decision = new Button();

    QuotasView(QuotaService quotas, Permissions permissions, Clock clock) {
        this.quotas = quotas;
        setId("quotas-view");
        setSizeFull();
        int thisYear = LocalDate.now(clock).getYear();
        year.setLabel(getTranslation("settlement.field.year"));
        year.setId("quotas-year");
        year.setItems(IntStream.rangeClosed(thisYear - 1, thisYear + 1).boxed().toList());
        year.setValue(thisYear);
        year.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        request.setText(getTranslation("settlement.quota.request"));
        request.setId("quotas-request");
        request.setVisible(permissions.may(Capability.RECORD_SETTLEMENT_REQUEST));
        request.setEnabled(false);
        request.addClickListener(event -> selected().ifPresent(row -> open(row, QuotaDialog.Kind.REQUEST)));
        decision.setText(getTranslation("settlement.quota.decision"));
        decision.setId("quotas-decision");
        decision.setVisible(permissions.may(Capability.DECIDE_SETTLEMENT));
        decision.setEnabled(false);
        decision.addClickListener(event -> selected().ifPresent(row -> open(row, QuotaDialog.Kind.DECISION)));
        HorizontalLayout toolbar = new HorizontalLayout(year, request, decision);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(toolbar, createGrid());
    }

    @Override
    public String heading() {
        return getTranslation("nav.settlementQuotas");
    }

    private Grid<QuotaRow> createGrid() {
        grid.setId("quotas-grid");
        Grids.emptyState(grid, "settlement.quota.empty");
        grid.addColumn(row -> row.municipalityName() + " (" + row.municipalityCode() + ")")
                .setHeader(getTranslation("field.municipality")).setAutoWidth(true);
        grid.addColumn(row -> text(row.requestedPersons()) + " / " + text(row.requestedMinors()))
                .setHeader(getTranslation("settlement.quota.requested"));
        grid.addColumn(row -> Dates.format(row.requestedOn())).setHeader(getTranslation("settlement.quota.requestedOn"));
        grid.addColumn(row -> text(row.decidedPersons()) + " / " + text(row.decidedMinors()))
                .setHeader(getTranslation("settlement.quota.decided"));
        grid.addColumn(row -> Dates.format(row.decidedOn())).setHeader(getTranslation("settlement.quota.decidedOn"));
        grid.addColumn(QuotaRow::settledOrAccepted).setHeader(getTranslation("settlement.quota.settledOrAccepted"));
        grid.addColumn(row -> text(row.left())).setHeader(getTranslation("settlement.quota.left"));
        grid.setItems(query -> quotas.page(year.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> quotas.count());
        grid.asSingleSelect().addValueChangeListener(event -> {
            request.setEnabled(event.getValue() != null);
            decision.setEnabled(event.getValue() != null && event.getValue().id() != null);
        });
        grid.setSizeFull();
        return grid;
    }

    private Optional<QuotaRow> selected() {
        return Optional.ofNullable(grid.asSingleSelect().getValue());
    }

    private void open(QuotaRow row, QuotaDialog.Kind kind) {
        new QuotaDialog(quotas, row, kind, () -> grid.getDataProvider().refreshAll()).open();
    }

    private static String text(@Nullable Integer value) {
        return value == null ? "–" : String.valueOf(value);
    }
}
