package no.ankomst.accommodation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import no.ankomst.accommodation.SiteRecords.SiteRow;
import no.ankomst.accommodation.SiteService;
import no.ankomst.accommodation.UnitRecords.BedRow;
import no.ankomst.accommodation.UnitRecords.NewBed;
import no.ankomst.accommodation.UnitRecords.UnitRow;
import no.ankomst.accommodation.UnitService;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.Chip;
import no.ankomst.base.ui.FormErrors;
import no.ankomst.base.ui.Grids;
import no.ankomst.base.ui.Notifications;
import no.ankomst.base.ui.PageHeading;
import no.ankomst.security.Capability;
import no.ankomst.security.RouteCapability;
import org.jspecify.annotations.Nullable;

/** Units and beds of a site: administrators and the site's own staff add units and beds and block beds. */
@Route("admin/units")
@Menu(order = 21, title = "nav.units", icon = "vaadin:grid-small")
@RolesAllowed({"ADMIN", "CENTRE_STAFF"})
@RouteCapability(Capability.MANAGE_UNITS)
public class UnitAdminView extends VerticalLayout implements PageHeading {

    /** A bed with the unit it belongs to, one grid row. */
    record Line(UnitRow unit, BedRow bed) {
    }

    private final UnitService units;
    private final Select<SiteRow> site = new Select<>();
    private final TextField unitName = new TextField();
    private final Select<UnitRow> bedUnit = new Select<>();
    private final TextField bedLabel = new TextField();
    private final Checkbox accessible = new Checkbox();
    private final Checkbox childBed = new Checkbox();
    private final Grid<Line> grid = new Grid<>();

    UnitAdminView(SiteService sites, UnitService units) {
        this.units = units;
        setId("unit-admin-view");
        site.setId("units-site");
        site.setLabel(getTranslation("field.site"));
        site.setItemLabelGenerator(SiteRow::name);
        List<SiteRow> visible = sites.visibleSites();
        site.setItems(visible);
        site.addValueChangeListener(event -> refresh());
        add(site, createGrid(), new H3(getTranslation("units.newUnit")),
                createUnitForm(), new H3(getTranslation("units.newBed")), createBedForm());
        if (!visible.isEmpty()) {
            site.setValue(visible.getFirst());
        }
    }

    private Grid<Line> createGrid() {
        grid.setId("units-beds");
        Grids.emptyState(grid, "empty.units");
        grid.addColumn(line -> line.unit().name()).setHeader(getTranslation("field.unit")).setAutoWidth(true);
        grid.addColumn(line -> line.bed().label()).setHeader(getTranslation("field.label")).setAutoWidth(true);
        grid.addColumn(line -> line.bed().accessible() ? "✓" : "").setHeader(getTranslation("field.accessible"));
        grid.addColumn(line -> line.bed().childBed() ? "✓" : "").setHeader(getTranslation("field.childBed"));
        grid.addComponentColumn(line -> line.bed().blocked()
                ? Chip.of(getTranslation("occupancy.blockedBed"), Chip.Tone.MUTED)
                : Chip.of(getTranslation("occupancy.freeBed"), Chip.Tone.OK)).setHeader(getTranslation("field.status"));
        grid.addComponentColumn(this::blockButton);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Button blockButton(Line line) {
        BedRow bed = line.bed();
        Button button = new Button(getTranslation(bed.blocked() ? "units.unblock" : "units.block"), event -> {
            if (bed.blocked()) {
                units.unblockBed(bed.id(), bed.version());
            } else {
                units.blockBed(bed.id(), bed.version());
            }
            refresh();
        });
        button.setId("units-block-" + bed.id());
        button.addThemeVariants(ButtonVariant.TERTIARY);
        return button;
    }

    private HorizontalLayout createUnitForm() {
        unitName.setId("units-unit-name");
        unitName.setLabel(getTranslation("field.name"));
        unitName.setMaxLength(60);
        Button create = new Button(getTranslation("action.save"), event -> createUnit());
        create.setId("units-unit-save");
        HorizontalLayout form = new HorizontalLayout(unitName, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private HorizontalLayout createBedForm() {
        bedUnit.setId("units-bed-unit");
        bedUnit.setLabel(getTranslation("field.unit"));
        bedUnit.setItemLabelGenerator(UnitRow::name);
        bedLabel.setId("units-bed-label");
        bedLabel.setLabel(getTranslation("field.label"));
        bedLabel.setMaxLength(30);
        accessible.setLabel(getTranslation("field.accessible"));
        childBed.setLabel(getTranslation("field.childBed"));
        Button add = new Button(getTranslation("units.addBed"), event -> addBed());
        add.setId("units-bed-save");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout form = new HorizontalLayout(bedUnit, bedLabel, accessible, childBed, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private void createUnit() {
        SiteRow chosen = site.getValue();
        if (chosen == null) {
            return;
        }
        Map<String, HasValidation> fields = Map.of("name", unitName);
        try {
            units.createUnit(chosen.id(), unitName.getValue());
            FormErrors.clear(fields);
            Notifications.success(getTranslation("units.unitCreated", unitName.getValue().strip()));
            unitName.clear();
            refresh();
        } catch (ValidationException invalid) {
            FormErrors.show(invalid, fields);
        }
    }

    private void addBed() {
        UnitRow unit = bedUnit.getValue();
        Map<String, HasValidation> fields = Map.of("unit", bedUnit, "label", bedLabel);
        if (unit == null) {
            FormErrors.show(ValidationException.of("unit", "validation.required"), fields);
            return;
        }
        try {
            units.addBed(unit.id(), new NewBed(bedLabel.getValue(), accessible.getValue(), childBed.getValue()));
            FormErrors.clear(fields);
            Notifications.success(getTranslation("units.bedAdded", bedLabel.getValue().strip()));
            bedLabel.clear();
            refresh(unit.id());
        } catch (ValidationException invalid) {
            FormErrors.show(invalid, fields);
        }
    }

    private void refresh() {
        refresh(bedUnit.getValue() == null ? null : bedUnit.getValue().id());
    }

    private void refresh(@Nullable Long keepUnit) {
        SiteRow chosen = site.getValue();
        List<UnitRow> rows = chosen == null ? List.of() : units.units(chosen.id());
        grid.setItems(rows.stream().flatMap(unit -> unit.beds().stream().map(bed -> new Line(unit, bed))).toList());
        bedUnit.setItems(rows);
        rows.stream().filter(unit -> keepUnit != null && unit.id() == keepUnit).findFirst()
                .or(() -> rows.stream().findFirst()).ifPresent(bedUnit::setValue);
    }

    @Override
    public String heading() {
        return getTranslation("units.title");
    }
}
