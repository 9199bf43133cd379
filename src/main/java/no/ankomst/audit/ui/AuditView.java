package no.ankomst.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import no.ankomst.audit.AuditEntry;
import no.ankomst.audit.AuditFilter;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.Grids;
import no.ankomst.base.ui.PageHeading;

/** Who saw or changed what: newest first, filtered by user, action and dates, paged in the database. */
@Route("admin/audit")
@Menu(order = 92, title = "nav.audit", icon = "vaadin:records")
@RolesAllowed("ADMIN")
public class AuditView extends VerticalLayout implements PageHeading {

    private final ZoneId zone;

    private final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
    private final TextField actor = new TextField();
    private final ComboBox<String> action = new ComboBox<>();
    private final DatePicker from = Dates.picker();
    private final DatePicker to = Dates.picker();

    AuditView(AuditService audit, Clock clock) {
        // times in the app's zone (the injected clock's), the same zone the date filters use
        this.zone = clock.getZone();
        setId("audit-view");
        setSizeFull();
        add(createFilters(audit), createGrid(audit));
    }

    private HorizontalLayout createFilters(AuditService audit) {
        actor.setLabel(getTranslation("audit.actor"));
        actor.setId("audit-actor");
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        action.setLabel(getTranslation("audit.action"));
        action.setId("audit-action");
        action.setItems(audit.actions());
        action.setItemLabelGenerator(this::actionLabel);
        action.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.from"));
        from.setId("audit-from");
        to.setLabel(getTranslation("audit.to"));
        to.setId("audit-to");
        actor.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        action.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(actor, action, from, to);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        return filters;
    }

    private Grid<AuditEntry> createGrid(AuditService audit) {
        grid.setId("audit-grid");
        Grids.emptyState(grid, "empty.audit");
        grid.addColumn(entry -> Dates.formatWithSeconds(entry.occurredAt(), zone)).setHeader(getTranslation("audit.time"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(entry -> actionLabel(entry.action())).setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(this::entityLabel).setHeader(getTranslation("audit.entity")).setAutoWidth(true);
        grid.addColumn(AuditEntry::summary).setHeader(getTranslation("audit.summary")).setFlexGrow(1)
                .setTooltipGenerator(AuditEntry::summary);
        // no total count: the trail grows without end, so the grid pages on without one
        grid.setItems(query -> audit.page(new AuditFilter(actor.getValue(), action.getValue(), from.getValue(),
                to.getValue()), query.getOffset(), query.getLimit()).stream());
        grid.setSizeFull();
        return grid;
    }

    /** Every {@code AuditAction} has its key (AuditTranslationsTest checks both languages). */
    private String actionLabel(String action) {
        return getTranslation("audit.action." + action);
    }

    private String entityLabel(AuditEntry entry) {
        if (entry.entityType() == null) {
            return "";
        }
        String type = getTranslation("audit.entity." + entry.entityType());
        return entry.entityId() == null ? type : type + " " + entry.entityId();
    }

    @Override
    public String heading() {
        return getTranslation("nav.audit");
    }
}
