package no.ankomst.schooling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import no.ankomst.base.ui.Grids;
import no.ankomst.base.ui.PageHeading;
import no.ankomst.reference.Municipality;
import no.ankomst.reference.MunicipalityService;
import no.ankomst.schooling.SchoolService;
import no.ankomst.schooling.SchoolingRecords.SchoolFilter;
import no.ankomst.schooling.SchoolingRecords.SchoolRow;
import no.ankomst.security.Capability;
import no.ankomst.security.RouteCapability;
import org.jspecify.annotations.Nullable;

/** Administrators keep the schools of each municipality: a lazy list, a dialog per school, and a CSV import. */
@Route("admin/schools")
@Menu(order = 94, title = "nav.schools", icon = "vaadin:academy-cap")
@RolesAllowed("ADMIN")
@RouteCapability(Capability.ADMINISTER)
public class SchoolAdminView extends VerticalLayout implements PageHeading {

    private final SchoolService schools;
    private final List<Municipality> municipalityList;
    private final Grid<SchoolRow> grid = new Grid<>(SchoolRow.class, false);
    private final ComboBox<Municipality> municipality = new ComboBox<>();
    private final TextField text = new TextField();

    SchoolAdminView(SchoolService schools, MunicipalityService municipalities) {
        this.schools = schools;
        this.municipalityList = municipalities.all();
        setId("school-admin-view");
        setSizeFull();
        municipality.setId("schools-municipality");
        municipality.setLabel(getTranslation("field.municipality"));
        municipality.setItems(municipalityList);
        municipality.setItemLabelGenerator(Municipality::label);
        municipality.setClearButtonVisible(true);
        municipality.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        text.setId("schools-text");
        text.setLabel(getTranslation("field.name"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button create = new Button(getTranslation("schools.new"), e -> openDialog(null));
        create.setId("schools-new");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        Button importCsv = new Button(getTranslation("schools.import"),
                e -> new SchoolImportDialog(schools, () -> grid.getDataProvider().refreshAll()).open());
        importCsv.setId("schools-import");
        HorizontalLayout bar = new HorizontalLayout(municipality, text, create, importCsv);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        add(bar, createGrid());
    }

    private Grid<SchoolRow> createGrid() {
        grid.setId("schools-grid");
        Grids.emptyState(grid, "empty.schools");
        grid.addColumn(SchoolRow::name).setHeader(getTranslation("field.name")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(r -> r.municipalityName() + " (" + r.municipalityCode() + ")")
                .setHeader(getTranslation("field.municipality")).setAutoWidth(true);
        grid.addColumn(r -> levels(r)).setHeader(getTranslation("field.levels")).setAutoWidth(true);
        grid.addColumn(r -> r.orgNumber() == null ? "" : r.orgNumber()).setHeader(getTranslation("field.orgNumber"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.active() ? "schools.active" : "schools.inactive"))
                .setHeader(getTranslation("field.active")).setAutoWidth(true);
        grid.setItems(query -> schools.page(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> schools.count(filter()));
        Grids.opensRows(grid, this::openDialog);
        grid.setSizeFull();
        return grid;
    }

    private String levels(SchoolRow r) {
        return r.primaryLevel() && r.lowerSecondary() ? "1–10" : r.primaryLevel() ? "1–7" : "8–10";
    }

    private SchoolFilter filter() {
        Municipality chosen = municipality.getValue();
        return new SchoolFilter(chosen == null ? null : chosen.code(), text.getValue());
    }

    private void openDialog(@Nullable SchoolRow row) {
        new SchoolDialog(schools, municipalityList, row, () -> grid.getDataProvider().refreshAll()).open();
    }

    @Override
    public String heading() {
        return getTranslation("nav.schools");
    }
}
