package no.ankomst.health.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import no.ankomst.accommodation.SiteRecords.SiteRow;
import no.ankomst.accommodation.SiteService;
import no.ankomst.base.ui.Chip;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.Grids;
import no.ankomst.base.ui.PageHeading;
import no.ankomst.base.ui.QueryValues;
import no.ankomst.health.TbRecords.TbFilter;
import no.ankomst.health.TbRecords.TbRow;
import no.ankomst.health.TbResultService;
import no.ankomst.health.TbStatus;
import no.ankomst.health.TbStatusService;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import no.ankomst.security.RouteCapability;

/**
 * Whose TB screening is due, at the user's sites, soonest due first: a lazy list paged in the database, filtered by
 * site, status and due dates; health staff also by "result pending" and "suspected active". Status only, never a
 * result. The worklist's lines open it filtered ({@code ?status=OVERDUE}, {@code ?pending=true},
 * {@code ?suspected=true}) over the user's whole scope. A row opens the resident.
 */
@Route("health/tb")
@Menu(order = 17, title = "nav.tb", icon = "vaadin:stethoscope")
@RolesAllowed({"CENTRE_STAFF", "HEALTH_STAFF"})
@RouteCapability(Capability.FOLLOW_TB)
public class TbListView extends VerticalLayout implements BeforeEnterObserver, PageHeading {

    private static final List<String> LINK_FILTERS = List.of("status", "pending", "suspected");
    private static final String NOTICES = "letters/batch?kind=TB_APPOINTMENT";

    private final TbStatusService statuses;
    private final Grid<TbRow> grid = new Grid<>(TbRow.class, false);
    private final ComboBox<SiteRow> site = new ComboBox<>();
    private final Select<TbStatus> status = new Select<>();
    private final DatePicker dueFrom = Dates.picker();
    private final DatePicker dueTo = Dates.picker();
    private final Checkbox pending = new Checkbox();
    private final Checkbox suspected = new Checkbox();
    private boolean applyingParameters;

    TbListView(TbStatusService statuses, TbResultService results, SiteService sites, Permissions permissions) {
        this.statuses = statuses;
        setId("tb-view");
        setSizeFull();
        HorizontalLayout filters = createFilters(sites.visibleSites(), results.readsHealth());
        if (permissions.may(Capability.WRITE_LETTERS) && permissions.may(Capability.BOOK_SCREENING)) {
            filters.add(printNotices());
        }
        add(filters, createGrid());
    }

    /** The appointment notices of the chosen site, printed on the letters' batch page (one PDF for all). */
    private Anchor printNotices() {
        Anchor link = new Anchor(NOTICES, getTranslation("letters.printTbNotices"));
        link.setId("tb-print-notices");
        site.addValueChangeListener(e -> link.setHref(e.getValue() == null ? NOTICES
                : NOTICES + "&site=" + e.getValue().id()));
        return link;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        applyingParameters = true;
        // a worklist line counts the user's whole scope: the list it opens must not narrow it to one site
        if (LINK_FILTERS.stream().anyMatch(parameters.getParameters()::containsKey)) {
            site.clear();
        }
        status.setValue(parameters.getSingleParameter("status")
                .flatMap(text -> QueryValues.enumValue(TbStatus.class, text)).orElse(null));
        pending.setValue(pending.isVisible()
                && parameters.getSingleParameter("pending").map("true"::equals).orElse(false));
        suspected.setValue(suspected.isVisible()
                && parameters.getSingleParameter("suspected").map("true"::equals).orElse(false));
        applyingParameters = false;
        grid.getDataProvider().refreshAll();
    }

    private HorizontalLayout createFilters(List<SiteRow> visibleSites, boolean readsHealth) {
        site.setId("tb-site");
        site.setLabel(getTranslation("field.site"));
        site.setPlaceholder(getTranslation("tb.allSites"));
        site.setItems(visibleSites);
        site.setItemLabelGenerator(SiteRow::name);
        site.setClearButtonVisible(true);
        status.setId("tb-status-filter");
        status.setLabel(getTranslation("tb.field.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("tb.allStatuses"));
        status.setItems(TbStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("tb.allStatuses") : getTranslation(s.i18nKey()));
        dueFrom.setId("tb-due-from");
        dueFrom.setLabel(getTranslation("tb.dueFrom"));
        dueTo.setId("tb-due-to");
        dueTo.setLabel(getTranslation("tb.dueTo"));
        pending.setId("tb-pending");
        pending.setLabel(getTranslation("tb.pendingOnly"));
        pending.setVisible(readsHealth);
        suspected.setId("tb-suspected");
        suspected.setLabel(getTranslation("tb.suspectedOnly"));
        suspected.setVisible(readsHealth);
        List.<HasValue<?, ?>>of(site, status, dueFrom, dueTo, pending, suspected).forEach(field ->
                field.addValueChangeListener(event -> {
                    if (!applyingParameters) {
                        grid.getDataProvider().refreshAll();
                    }
                }));
        HorizontalLayout filters = new HorizontalLayout(site, status, dueFrom, dueTo, pending, suspected);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private Grid<TbRow> createGrid() {
        grid.setId("tb-grid");
        Grids.emptyState(grid, "empty.tb");
        grid.addColumn(TbRow::name).setHeader(getTranslation("field.name")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(r -> r.site() == null ? "" : r.site()).setHeader(getTranslation("field.site")).setAutoWidth(true);
        grid.addColumn(r -> Dates.format(r.basisDate())).setHeader(getTranslation("tb.field.arrival")).setAutoWidth(true);
        grid.addComponentColumn(r -> Chip.of(Dates.format(r.dueDate()),
                        r.status() == TbStatus.OVERDUE ? Chip.Tone.ERROR : Chip.Tone.MUTED))
                .setHeader(getTranslation("tb.field.dueDate")).setAutoWidth(true);
        grid.addComponentColumn(r -> TbChips.status(r.status())).setHeader(getTranslation("tb.field.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> r.resultPending()
                        ? Chip.of(getTranslation("tb.pending", Dates.format(r.appointmentDay())), Chip.Tone.WARNING)
                        : new com.vaadin.flow.component.html.Span(Dates.format(r.appointmentDay())))
                .setHeader(getTranslation("tb.field.appointment")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("tb.test." + r.testType().name()))
                .setHeader(getTranslation("tb.field.testType")).setAutoWidth(true);
        grid.setItems(query -> statuses.page(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> statuses.count(filter()));
        Grids.opensRows(grid, row -> getUI().ifPresent(ui -> ui.navigate("residents/person/" + row.personId())));
        grid.setSizeFull();
        return grid;
    }

    TbFilter filter() {
        SiteRow chosen = site.getValue();
        TbStatus chosenStatus = status.getValue();
        return new TbFilter(chosen == null ? null : chosen.id(), chosenStatus == null ? Set.of() : Set.of(chosenStatus),
                dueFrom.getValue(), dueTo.getValue(), pending.getValue(), suspected.getValue());
    }


    @Override
    public String heading() {
        return getTranslation("nav.tb");
    }
}
