package no.ankomst.settlement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.Grids;
import no.ankomst.base.ui.Notifications;
import no.ankomst.base.ui.PageHeading;
import no.ankomst.security.Capability;
import no.ankomst.security.RouteCapability;
import no.ankomst.settlement.DwellingRecords.DwellingRow;
import no.ankomst.settlement.DwellingRecords.DwellingState;
import no.ankomst.settlement.DwellingService;
import no.ankomst.settlement.ServiceNeed;

/** The coordinator's dwellings on offer and the services their municipality offers near home. */
@Route("settlement/dwellings")
@Menu(order = 42, title = "nav.settlementDwellings", icon = "vaadin:home-o")
@RolesAllowed({"SETTLEMENT_COORDINATOR"})
@RouteCapability(Capability.DECIDE_SETTLEMENT)
public class DwellingsView extends VerticalLayout implements PageHeading {

    private final DwellingService dwellings;
    private final Grid<DwellingRow> grid = new Grid<>(DwellingRow.class, false);
    private final Checkbox withWithdrawn = new Checkbox();
    private final Button edit = new Button();
    private final Button withdraw = new Button();
    private final CheckboxGroup<ServiceNeed> services = new CheckboxGroup<>();

    DwellingsView(DwellingService dwellings) {
        this.dwellings = dwellings;
        setId("dwellings-view");
        setSizeFull();
        withWithdrawn.setLabel(getTranslation("settlement.dwelling.withWithdrawn"));
        withWithdrawn.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        Button create = new Button(getTranslation("settlement.dwelling.new"), event -> open(null));
        create.setId("dwellings-new");
        edit.setText(getTranslation("action.edit"));
        edit.setId("dwellings-edit");
        edit.setEnabled(false);
        edit.addClickListener(event -> selected().ifPresent(this::open));
        withdraw.setText(getTranslation("settlement.dwelling.withdraw"));
        withdraw.setId("dwellings-withdraw");
        withdraw.setEnabled(false);
        withdraw.addClickListener(event -> selected().ifPresent(this::withdraw));
        HorizontalLayout toolbar = new HorizontalLayout(withWithdrawn, create, edit, withdraw);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(toolbar, createGrid(), createServices());
    }

    @Override
    public String heading() {
        return getTranslation("nav.settlementDwellings");
    }

    private Grid<DwellingRow> createGrid() {
        grid.setId("dwellings-grid");
        Grids.emptyState(grid, "settlement.dwelling.empty");
        grid.addColumn(DwellingRow::label).setHeader(getTranslation("settlement.field.label")).setAutoWidth(true);
        grid.addColumn(DwellingRow::rooms).setHeader(getTranslation("settlement.field.rooms"));
        grid.addColumn(DwellingRow::persons).setHeader(getTranslation("settlement.field.persons"));
        grid.addColumn(row -> getTranslation(row.accessible() ? "yes" : "no"))
                .setHeader(getTranslation("settlement.field.accessible"));
        grid.addColumn(row -> Dates.format(row.availableFrom()))
                .setHeader(getTranslation("settlement.field.availableFrom"));
        grid.addColumn(row -> getTranslation("settlement.dwelling.state." + row.state().name()))
                .setHeader(getTranslation("field.status"));
        grid.setItems(query -> dwellings.page(withWithdrawn.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> dwellings.count(withWithdrawn.getValue()));
        grid.asSingleSelect().addValueChangeListener(event -> {
            boolean offered = event.getValue() != null && event.getValue().state() == DwellingState.OFFERED;
            edit.setEnabled(offered);
            withdraw.setEnabled(offered);
        });
        grid.setHeight("60%");
        return grid;
    }

    private VerticalLayout createServices() {
        services.setLabel(getTranslation("settlement.dwelling.services"));
        services.setId("dwellings-services");
        services.setItems(ServiceNeed.values());
        services.setItemLabelGenerator(need -> getTranslation(need.i18nKey()));
        services.setValue(Arrays.stream(ServiceNeed.values()).filter(n -> dwellings.services().contains(n.name()))
                .collect(Collectors.toSet()));
        Button save = new Button(getTranslation("action.save"), event -> {
            dwellings.setServices(services.getValue().stream().map(Enum::name).collect(Collectors.toSet()));
            Notifications.success(getTranslation("settlement.saved"));
        });
        save.setId("dwellings-services-save");
        VerticalLayout layout = new VerticalLayout(services, save);
        layout.setPadding(false);
        return layout;
    }

    private Optional<DwellingRow> selected() {
        return Optional.ofNullable(grid.asSingleSelect().getValue());
    }

    private void open(@org.jspecify.annotations.Nullable DwellingRow row) {
        new DwellingDialog(dwellings, row, () -> grid.getDataProvider().refreshAll()).open();
    }

    private void withdraw(DwellingRow row) {
        try {
            dwellings.withdraw(row.id(), row.version());
            Notifications.success(getTranslation("settlement.saved"));
        } catch (ConflictException conflict) {
            Notifications.error(getTranslation("error.conflict"));
        }
        grid.getDataProvider().refreshAll();
    }
}
