package no.ankomst.accommodation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import no.ankomst.accommodation.SiteRecords.NewSite;
import no.ankomst.accommodation.SiteRecords.SiteRow;
import no.ankomst.accommodation.SiteService;
import no.ankomst.accommodation.SiteType;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.FormErrors;
import no.ankomst.base.ui.FormKeys;
import no.ankomst.base.ui.Grids;
import no.ankomst.base.ui.Notifications;
import no.ankomst.base.ui.PageHeading;
import no.ankomst.reference.Municipality;
import no.ankomst.reference.MunicipalityService;
import no.ankomst.security.Capability;
import no.ankomst.security.RouteCapability;

/** Administrators register accommodation sites: type, name, municipality, address, operator, capacity. */
@Route("admin/sites")
@Menu(order = 91, title = "nav.sites", icon = "vaadin:building")
@RolesAllowed("ADMIN")
@RouteCapability(Capability.ADMINISTER)
public class SiteAdminView extends VerticalLayout implements PageHeading {

    private final SiteService sites;
    private final Grid<SiteRow> grid = new Grid<>(SiteRow.class, false);
    private final TextField name = new TextField();
    private final Select<SiteType> type = new Select<>();
    private final ComboBox<Municipality> municipality = new ComboBox<>();
    private final TextField address = new TextField();
    private final TextField operator = new TextField();
    private final IntegerField capacity = new IntegerField();

    SiteAdminView(SiteService sites, MunicipalityService municipalities) {
        this.sites = sites;
        setId("site-admin-view");
        FormLayout form = createForm(municipalities);
        add(createGrid(), new H3(getTranslation("sites.new")), form, createSaveButton(form));
        refresh();
    }

    private Grid<SiteRow> createGrid() {
        grid.setId("sites-grid");
        Grids.emptyState(grid, "empty.sites");
        grid.addColumn(SiteRow::name).setHeader(getTranslation("field.name")).setSortable(true).setAutoWidth(true);
        grid.addColumn(row -> getTranslation(row.type().i18nKey())).setHeader(getTranslation("field.siteType"))
                .setAutoWidth(true);
        grid.addColumn(SiteRow::municipalityName).setHeader(getTranslation("field.municipality")).setSortable(true);
        grid.addColumn(SiteRow::operator).setHeader(getTranslation("field.operator"));
        grid.addColumn(SiteRow::capacity).setHeader(getTranslation("field.capacity"));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private FormLayout createForm(MunicipalityService municipalities) {
        name.setLabel(getTranslation("field.name"));
        name.setId("site-name");
        name.setMaxLength(120);
        type.setLabel(getTranslation("field.siteType"));
        type.setId("site-type");
        type.setItems(SiteType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.i18nKey()));
        municipality.setLabel(getTranslation("field.municipality"));
        municipality.setId("site-municipality");
        municipality.setItems(municipalities.all());
        municipality.setItemLabelGenerator(Municipality::label);
        address.setLabel(getTranslation("field.address"));
        address.setMaxLength(200);
        operator.setLabel(getTranslation("field.operator"));
        operator.setMaxLength(120);
        capacity.setLabel(getTranslation("field.capacity"));
        capacity.setId("site-capacity");
        capacity.setMin(0);
        return new FormLayout(name, type, municipality, address, operator, capacity);
    }

    private Button createSaveButton(FormLayout form) {
        Button save = new Button(getTranslation("action.save"), event -> save());
        save.setId("site-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        FormKeys.install(form, save, this::clearForm);
        return save;
    }

    private void save() {
        Municipality chosen = municipality.getValue();
        NewSite site = new NewSite(name.getValue(), type.getValue(), chosen == null ? null : chosen.code(),
                address.getValue(), operator.getValue(), capacity.getValue());
        Map<String, HasValidation> fields = Map.of("name", name, "type", type, "municipality", municipality,
                "address", address, "operator", operator, "capacity", capacity);
        try {
            sites.create(site);
            FormErrors.clear(fields);
            Notifications.success(getTranslation("sites.created", site.name().strip()));
            clearForm();
            refresh();
        } catch (ValidationException invalid) {
            FormErrors.show(invalid, fields);
        }
    }

    private void clearForm() {
        name.clear();
        address.clear();
        operator.clear();
        capacity.clear();
    }

    private void refresh() {
        grid.setItems(sites.visibleSites());
    }

    @Override
    public String heading() {
        return getTranslation("nav.sites");
    }
}
