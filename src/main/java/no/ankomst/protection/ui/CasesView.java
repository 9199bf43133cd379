package no.ankomst.protection.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ankomst.accommodation.SiteRecords.SiteRow;
import no.ankomst.accommodation.SiteService;
import no.ankomst.base.ui.Chip;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.Grids;
import no.ankomst.base.ui.PageHeading;
import no.ankomst.base.ui.QueryValues;
import no.ankomst.protection.CaseState;
import no.ankomst.protection.ProtectionCaseRecords.CaseFilter;
import no.ankomst.protection.ProtectionCaseRecords.CaseRow;
import no.ankomst.protection.ProtectionCaseRecords.CaseSort;
import no.ankomst.protection.ProtectionCaseRecords.WaitingSince;
import no.ankomst.protection.ProtectionCaseService;
import no.ankomst.security.Capability;
import no.ankomst.security.RouteCapability;

/**
 * Where everyone stands with UDI: a lazy list paged in the database, filtered by state, site, days waiting
 * and permits expiring, sorted by name or longest waiting. Opens on the user's own site; the worklist's
 * lines open it filtered ({@code ?expired=true}, {@code ?expiring=60}, {@code ?state=...}, {@code &present=true}).
 */
@Route("cases")
@Menu(order = 15, title = "nav.cases", icon = "vaadin:folder-open")
@RolesAllowed({"ADMIN", "MANAGER", "CENTRE_STAFF"})
@RouteCapability(Capability.READ_PROTECTION)
public class CasesView extends VerticalLayout implements BeforeEnterObserver, PageHeading {

    private static final List<String> LINK_FILTERS = List.of("expired", "expiring", "state", "present");

    private final ProtectionCaseService cases;
    private final Clock clock;
    private final Grid<CaseRow> grid = new Grid<>(CaseRow.class, false);
    private final Select<CaseState> state = new Select<>();
    private final ComboBox<SiteRow> site = new ComboBox<>();
    private final IntegerField minDaysWaiting = new IntegerField();
    private final Select<WaitingSince> waitingSince = new Select<>();
    private final IntegerField expiringWithin = new IntegerField();
    private final Checkbox expiredOnly = new Checkbox();
    private final Checkbox stayingNow = new Checkbox();
    private final Select<CaseSort> sort = new Select<>();
    private final Map<Integer, Long> lastCaseBeforeOffset = new HashMap<>();
    private boolean applyingParameters;

    CasesView(ProtectionCaseService cases, SiteService sites, Clock clock) {
        this.cases = cases;
        this.clock = clock;
        setId("cases-view");
        setSizeFull();
        add(createFilters(sites.visibleSites()), createGrid());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        applyingParameters = true;
        // a worklist line counts the user's whole scope: the list it opens must not narrow it to one site
        if (LINK_FILTERS.stream().anyMatch(parameters.getParameters()::containsKey)) {
            site.clear();
        }
        expiredOnly.setValue(parameters.getSingleParameter("expired").map("true"::equals).orElse(false));
        stayingNow.setValue(parameters.getSingleParameter("present").map("true"::equals).orElse(false));
        expiringWithin.setValue(parameters.getSingleParameter("expiring").flatMap(CasesView::number).orElse(null));
        parameters.getSingleParameter("state").flatMap(text -> QueryValues.enumValue(CaseState.class, text))
                .ifPresent(state::setValue);
        applyingParameters = false;
        refresh();
    }

    private HorizontalLayout createFilters(List<SiteRow> visibleSites) {
        state.setId("cases-state");
        state.setLabel(getTranslation("field.caseState"));
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("cases.allStates"));
        state.setItems(CaseState.values());
        state.setItemLabelGenerator(s -> s == null ? getTranslation("cases.allStates") : getTranslation(s.i18nKey()));
        site.setId("cases-site");
        site.setLabel(getTranslation("field.site"));
        site.setPlaceholder(getTranslation("cases.allSites"));
        site.setItems(visibleSites);
        site.setItemLabelGenerator(SiteRow::name);
        site.setClearButtonVisible(true);
        // staff open the list on their own site
        if (visibleSites.size() == 1) {
            site.setValue(visibleSites.getFirst());
        }
        minDaysWaiting.setId("cases-min-days");
        minDaysWaiting.setLabel(getTranslation("cases.minDaysWaiting"));
        minDaysWaiting.setMin(0);
        minDaysWaiting.setClearButtonVisible(true);
        minDaysWaiting.setValueChangeMode(ValueChangeMode.LAZY);
        waitingSince.setId("cases-waiting-since");
        waitingSince.setLabel(" ");
        waitingSince.setItems(WaitingSince.values());
        waitingSince.setItemLabelGenerator(w -> getTranslation("cases.waitingSince." + w.name()));
        waitingSince.setValue(WaitingSince.LAST_EVENT);
        expiringWithin.setId("cases-expiring-within");
        expiringWithin.setLabel(getTranslation("cases.expiringWithin"));
        expiringWithin.setMin(0);
        expiringWithin.setClearButtonVisible(true);
        expiringWithin.setValueChangeMode(ValueChangeMode.LAZY);
        expiredOnly.setId("cases-expired");
        expiredOnly.setLabel(getTranslation("cases.expiredOnly"));
        stayingNow.setId("cases-present");
        stayingNow.setLabel(getTranslation("cases.stayingNow"));
        sort.setId("cases-sort");
        sort.setLabel(getTranslation("cases.sort"));
        sort.setItems(CaseSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("cases.sort." + s.name()));
        sort.setValue(CaseSort.WAITING);
        List.<com.vaadin.flow.component.HasValue<?, ?>>of(state, site, minDaysWaiting, waitingSince, expiringWithin,
                expiredOnly, stayingNow, sort).forEach(field -> field.addValueChangeListener(event -> {
                    if (!applyingParameters) {
                        refresh();
                    }
                }));
        HorizontalLayout filters = new HorizontalLayout(state, site, minDaysWaiting, waitingSince, expiringWithin,
                expiredOnly, stayingNow, sort);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private Grid<CaseRow> createGrid() {
        grid.setId("cases-grid");
        Grids.emptyState(grid, "empty.cases");
        grid.addColumn(r -> r.familyName() + ", " + r.givenNames()).setHeader(getTranslation("field.name"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(r -> r.siteName() == null ? "" : r.siteName()).setHeader(getTranslation("field.site"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> Chip.of(getTranslation(r.state().i18nKey()), r.state() == CaseState.GRANTED
                ? Chip.Tone.OK : r.state().open() ? Chip.Tone.INFO : Chip.Tone.MUTED))
                .setHeader(getTranslation("field.caseState")).setAutoWidth(true);
        grid.addColumn(r -> Dates.format(r.stateSince())).setHeader(getTranslation("field.stateSince")).setAutoWidth(true);
        grid.addColumn(this::daysWaiting).setHeader(getTranslation("field.daysWaiting")).setAutoWidth(true);
        grid.addColumn(r -> Dates.format(r.permitTo()))
                .setHeader(getTranslation("field.permitTo")).setAutoWidth(true);
        // the count runs once per filter change; a page after one already read is found by seeking from its last row
        grid.setItems(query -> fetch(query.getOffset(), query.getLimit()).stream(), query -> {
            lastCaseBeforeOffset.clear();
            return cases.count(filter());
        });
        Grids.opensRows(grid, row -> getUI().ifPresent(ui -> ui.navigate("residents/person/" + row.personId())));
        grid.setSizeFull();
        return grid;
    }

    private List<CaseRow> fetch(int offset, int limit) {
        List<CaseRow> rows = cases.page(filter(), sort.getValue(), offset, limit, lastCaseBeforeOffset.get(offset));
        if (!rows.isEmpty()) {
            lastCaseBeforeOffset.put(offset + rows.size(), rows.getLast().caseId());
        }
        return rows;
    }

    private String daysWaiting(CaseRow row) {
        if (!row.state().open()) {
            return "";
        }
        LocalDate from = waitingSince.getValue() == WaitingSince.REGISTERED ? row.registeredOn() : row.stateSince();
        return String.valueOf(ChronoUnit.DAYS.between(from, LocalDate.now(clock)));
    }

    private CaseFilter filter() {
        SiteRow chosenSite = site.getValue();
        return new CaseFilter(state.getValue(), chosenSite == null ? null : chosenSite.id(), minDaysWaiting.getValue(),
                waitingSince.getValue(), expiringWithin.getValue(), expiredOnly.getValue(), stayingNow.getValue());
    }

    private void refresh() {
        lastCaseBeforeOffset.clear();
        grid.getDataProvider().refreshAll();
    }

    private static java.util.Optional<Integer> number(String text) {
        try {
            return java.util.Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException notANumber) {
            return java.util.Optional.empty();
        }
    }


    @Override
    public String heading() {
        return getTranslation("nav.cases");
    }
}
