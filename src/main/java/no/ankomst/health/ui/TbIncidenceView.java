package no.ankomst.health.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.Codes;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.FormErrors;
import no.ankomst.base.ui.FormKeys;
import no.ankomst.base.ui.Grids;
import no.ankomst.base.ui.Notifications;
import no.ankomst.base.ui.PageHeading;
import no.ankomst.health.Incidence;
import no.ankomst.health.IncidenceRow;
import no.ankomst.health.TbIncidenceService;
import no.ankomst.security.Capability;
import no.ankomst.security.RouteCapability;

/**
 * Administrators keep FHI's dated list of TB incidence classes: the list (filtered by country) and a form that
 * gives a country a new class from a day on (low: the country leaves the list).
 */
@Route("admin/tb-incidence")
@Menu(order = 95, title = "nav.tbIncidence", icon = "vaadin:globe")
@RolesAllowed("ADMIN")
@RouteCapability(Capability.ADMINISTER)
public class TbIncidenceView extends VerticalLayout implements PageHeading {

    private final TbIncidenceService incidences;
    private final Grid<IncidenceRow> grid = new Grid<>(IncidenceRow.class, false);
    private final TextField filter = new TextField();
    private final TextField country = new TextField();
    private final Select<Incidence> incidence = new Select<>();
    private final DatePicker validFrom = Dates.picker();

    TbIncidenceView(TbIncidenceService incidences) {
        this.incidences = incidences;
        setId("tb-incidence-view");
        filter.setId("tb-incidence-filter");
        filter.setLabel(getTranslation("tbIncidence.filter"));
        filter.setClearButtonVisible(true);
        filter.setMaxLength(2);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(event -> refresh());
        add(filter, createGrid(), createForm());
        refresh();
    }

    private Grid<IncidenceRow> createGrid() {
        grid.setId("tb-incidence-grid");
        Grids.emptyState(grid, "empty.tbIncidence");
        grid.addColumn(row -> row.country() + " " + Codes.country(row.country(), getLocale()))
                .setHeader(getTranslation("tbIncidence.column.country")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(row -> getTranslation("tbIncidence.class." + row.incidence().name()))
                .setHeader(getTranslation("tbIncidence.column.incidence")).setAutoWidth(true);
        grid.addColumn(row -> Dates.format(row.validFrom())).setHeader(getTranslation("tbIncidence.column.validFrom"))
                .setAutoWidth(true);
        grid.addColumn(row -> Dates.format(row.validTo())).setHeader(getTranslation("tbIncidence.column.validTo"))
                .setAutoWidth(true);
        return grid;
    }

    private VerticalLayout createForm() {
        country.setId("tb-incidence-country");
        country.setLabel(getTranslation("tbIncidence.field.country"));
        country.setMaxLength(2);
        country.setRequiredIndicatorVisible(true);
        incidence.setId("tb-incidence-class");
        incidence.setLabel(getTranslation("tbIncidence.field.incidence"));
        incidence.setItems(Incidence.HIGH, Incidence.VERY_HIGH, Incidence.LOW);
        incidence.setItemLabelGenerator(value -> getTranslation("tbIncidence.class." + value.name()));
        incidence.setValue(Incidence.HIGH);
        validFrom.setId("tb-incidence-valid-from");
        validFrom.setLabel(getTranslation("tbIncidence.field.validFrom"));
        validFrom.setRequiredIndicatorVisible(true);
        Button save = new Button(getTranslation("tbIncidence.save"), event -> save());
        save.setId("tb-incidence-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        VerticalLayout form = new VerticalLayout(new H2(getTranslation("tbIncidence.form")),
                new FormLayout(country, incidence, validFrom), save);
        form.setPadding(false);
        FormKeys.install(form, save, this::clearForm);
        return form;
    }

    private void clearForm() {
        country.clear();
        incidence.setValue(Incidence.HIGH);
        validFrom.clear();
        FormErrors.clear(fields());
    }

    private Map<String, HasValidation> fields() {
        return Map.of("country", country, "incidence", incidence, "validFrom", validFrom);
    }

    private void save() {
        try {
            incidences.change(country.getValue(), incidence.getValue(), validFrom.getValue());
            clearForm();
            Notifications.success(getTranslation("tbIncidence.saved"));
            refresh();
        } catch (ValidationException invalid) {
            FormErrors.show(invalid, fields());
        }
    }

    private void refresh() {
        grid.setItems(incidences.list(filter.getValue()));
    }

    @Override
    public String heading() {
        return getTranslation("tbIncidence.heading");
    }
}
