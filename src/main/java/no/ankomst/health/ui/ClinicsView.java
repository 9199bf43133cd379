package no.ankomst.health.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.FormErrors;
import no.ankomst.base.ui.FormKeys;
import no.ankomst.base.ui.Grids;
import no.ankomst.base.ui.Notifications;
import no.ankomst.base.ui.PageHeading;
import no.ankomst.health.TbClinicRecords.Capacity;
import no.ankomst.health.TbClinicRecords.ClinicChange;
import no.ankomst.health.TbClinicRecords.ClinicDetail;
import no.ankomst.health.TbClinicRecords.ClinicRow;
import no.ankomst.health.TbClinicRecords.SiteOption;
import no.ankomst.health.TbClinicService;
import no.ankomst.health.TbTest;
import no.ankomst.security.Capability;
import no.ankomst.security.RouteCapability;
import org.jspecify.annotations.Nullable;

/**
 * Health staff (their sites) and administrators (every site) set up each site's screening clinic: name, location,
 * whether it takes bookings, the weekly capacity per weekday and test type, and the days it is closed.
 */
@Route("health/clinics")
@Menu(order = 31, title = "nav.clinics", icon = "vaadin:doctor")
@RolesAllowed({"ADMIN", "HEALTH_STAFF"})
@RouteCapability(Capability.MANAGE_CLINICS)
public class ClinicsView extends VerticalLayout implements PageHeading {

    private final TbClinicService clinics;
    private final Clock clock;
    private final Grid<ClinicRow> grid = new Grid<>(ClinicRow.class, false);
    private final H3 formTitle = new H3();
    private final ComboBox<SiteOption> site = new ComboBox<>();
    private final TextField name = new TextField();
    private final TextField location = new TextField();
    private final Checkbox active = new Checkbox();
    private final Map<TbTest, Map<DayOfWeek, IntegerField>> week = new EnumMap<>(TbTest.class);
    private final DatePicker closedDay = Dates.picker();
    private final Div closedDayList = new Div();
    private final TreeSet<LocalDate> closedDays = new TreeSet<>();
    private @Nullable ClinicRow editing;

    ClinicsView(TbClinicService clinics, Clock clock) {
        this.clinics = clinics;
        this.clock = clock;
        setId("clinics-view");
        Button create = new Button(getTranslation("clinics.new"), event -> edit(null));
        create.setId("clinics-new");
        VerticalLayout form = createForm();
        add(create, createGrid(), form);
        edit(null);
    }

    private Grid<ClinicRow> createGrid() {
        grid.setId("clinics-grid");
        Grids.emptyState(grid, "empty.clinics");
        grid.addColumn(ClinicRow::siteName).setHeader(getTranslation("clinics.column.site")).setAutoWidth(true);
        grid.addColumn(ClinicRow::name).setHeader(getTranslation("clinics.column.name")).setAutoWidth(true);
        grid.addColumn(row -> row.location() == null ? "" : row.location())
                .setHeader(getTranslation("clinics.column.location"));
        grid.addColumn(row -> getTranslation(row.active() ? "clinics.yes" : "clinics.no"))
                .setHeader(getTranslation("clinics.column.active"));
        grid.setItems(query -> clinics.page(query.getOffset(), query.getLimit()).stream(), query -> clinics.count());
        grid.setAllRowsVisible(true);
        Grids.opensRows(grid, this::edit);
        return grid;
    }

    private VerticalLayout createForm() {
        site.setLabel(getTranslation("field.site"));
        site.setId("clinic-site");
        site.setItemLabelGenerator(SiteOption::name);
        site.setRequiredIndicatorVisible(true);
        name.setLabel(getTranslation("field.name"));
        name.setId("clinic-name");
        name.setMaxLength(120);
        name.setRequiredIndicatorVisible(true);
        location.setLabel(getTranslation("field.location"));
        location.setId("clinic-location");
        location.setMaxLength(200);
        active.setLabel(getTranslation("field.clinicActive"));
        active.setId("clinic-active");
        FormLayout fields = new FormLayout(site, name, location, active);

        Div table = new Div();
        table.setId("clinic-week");
        table.getStyle().set("display", "grid").set("grid-template-columns", "minmax(10em, auto) repeat(7, 5em)")
                .set("gap", "var(--lumo-space-xs)").set("align-items", "center");
        table.add(new Span(getTranslation("clinics.week.test")));
        for (DayOfWeek day : DayOfWeek.values()) {
            table.add(new Span(day.getDisplayName(TextStyle.SHORT, getLocale())));
        }
        for (TbTest test : TbTest.values()) {
            table.add(new Span(getTranslation("booking.test." + test.name())));
            Map<DayOfWeek, IntegerField> row = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                IntegerField field = new IntegerField();
                field.setId("clinic-capacity-" + test.name() + "-" + day.getValue());
                field.setMin(0);
                field.setMax(1000);
                field.setAriaLabel(getTranslation("booking.test." + test.name()) + ", "
                        + day.getDisplayName(TextStyle.FULL, getLocale()));
                field.setWidthFull();
                row.put(day, field);
                table.add(field);
            }
            week.put(test, row);
        }

        closedDay.setLabel(getTranslation("clinics.closedDays.add"));
        closedDay.setId("clinic-closed-day");
        Button addClosed = new Button(getTranslation("clinics.closedDays.add"), event -> {
            if (closedDay.getValue() != null) {
                closedDays.add(closedDay.getValue());
                closedDay.clear();
                showClosedDays();
            }
        });
        addClosed.setId("clinic-closed-day-add");
        closedDayList.setId("clinic-closed-days");
        HorizontalLayout closedRow = new HorizontalLayout(closedDay, addClosed);
        closedRow.setAlignItems(Alignment.BASELINE);

        Button save = new Button(getTranslation("clinics.save"), event -> save());
        save.setId("clinic-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        VerticalLayout form = new VerticalLayout(formTitle, fields, new H2(getTranslation("clinics.week")), table,
                new H2(getTranslation("clinics.closedDays")), closedRow, closedDayList, save);
        form.setPadding(false);
        FormKeys.install(form, save, () -> edit(editing));
        return form;
    }

    private void edit(@Nullable ClinicRow row) {
        ClinicDetail detail = row == null ? null : clinics.clinic(row.id()).orElse(null);
        editing = detail == null ? null : detail.clinic();
        formTitle.setText(getTranslation(editing == null ? "clinics.new" : "clinics.edit"));
        List<SiteOption> options = clinics.sites().stream()
                .filter(option -> editing != null ? option.id() == editing.siteId() : !option.hasClinic()).toList();
        site.setItems(options);
        site.setValue(editing == null ? null : options.stream().findFirst().orElse(null));
        site.setReadOnly(editing != null);
        name.setValue(editing == null ? "" : editing.name());
        location.setValue(editing == null || editing.location() == null ? "" : editing.location());
        active.setValue(editing == null || editing.active());
        week.forEach((test, row2) -> row2.forEach((day, field) -> {
            int capacity = detail == null ? 0 : detail.capacity(day, test);
            field.setValue(capacity == 0 ? null : capacity);
            field.setInvalid(false);
        }));
        closedDays.clear();
        if (detail != null) {
            closedDays.addAll(detail.closedDays());
        }
        closedDay.setMin(LocalDate.now(clock));
        showClosedDays();
    }

    private void showClosedDays() {
        closedDayList.removeAll();
        if (closedDays.isEmpty()) {
            closedDayList.add(new Span(getTranslation("clinics.closedDays.none")));
        }
        for (LocalDate day : closedDays) {
            Button remove = new Button(Dates.format(day) + " ✕", event -> {
                closedDays.remove(day);
                showClosedDays();
            });
            remove.setAriaLabel(getTranslation("clinics.closedDays.remove", Dates.format(day)));
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            closedDayList.add(remove);
        }
    }

    private void save() {
        List<Capacity> capacities = new ArrayList<>();
        week.forEach((test, row) -> row.forEach((day, field) -> {
            if (field.getValue() != null) {
                capacities.add(new Capacity(day, test, field.getValue()));
            }
        }));
        SiteOption chosen = site.getValue();
        ClinicChange change = new ClinicChange(chosen == null ? null : chosen.id(), name.getValue(),
                location.getValue(), active.getValue(), capacities, List.copyOf(closedDays));
        Map<String, HasValidation> fields = Map.of("site", site, "name", name, "location", location,
                "closedDays", closedDay);
        try {
            if (editing == null) {
                long id = clinics.create(change);
                FormErrors.clear(fields);
                Notifications.success(getTranslation("clinics.saved"));
                grid.getDataProvider().refreshAll();
                clinics.clinic(id).ifPresent(detail -> edit(detail.clinic()));
            } else {
                clinics.update(editing.id(), editing.version(), change);
                FormErrors.clear(fields);
                Notifications.success(getTranslation("clinics.saved"));
                grid.getDataProvider().refreshAll();
                edit(editing);
            }
        } catch (ValidationException invalid) {
            FormErrors.show(invalid, fields);
        } catch (ConflictException stale) {
            Notifications.error(getTranslation("clinics.conflict"));
        }
    }

    @Override
    public String heading() {
        return getTranslation("clinics.heading");
    }
}
