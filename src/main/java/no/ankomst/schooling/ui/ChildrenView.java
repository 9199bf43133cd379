package no.ankomst.schooling.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
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
import java.util.List;
import no.ankomst.accommodation.SiteRecords.SiteRow;
import no.ankomst.accommodation.SiteService;
import no.ankomst.base.Age;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.Grids;
import no.ankomst.base.ui.PageHeading;
import no.ankomst.base.ui.QueryValues;
import no.ankomst.schooling.ChildrenService;
import no.ankomst.schooling.SchoolingRecords.ChildFilter;
import no.ankomst.schooling.SchoolingRecords.ChildRow;
import no.ankomst.schooling.SchoolingStatus;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import no.ankomst.security.RouteCapability;

/**
 * The children staying at the user's sites and where each stands with school: a lazy list paged in the database,
 * filtered by site, status, a kindergarten/activity gap and age. Opens on the user's own site; the worklist's
 * lines open it over the whole scope ({@code ?status=LATE}, {@code ?status=SOON_LATE}, {@code ?gap=true}).
 */
@Route("schooling/children")
@Menu(order = 16, title = "nav.schooling", icon = "vaadin:academy-cap")
@RolesAllowed({"ADMIN", "MANAGER", "CENTRE_STAFF"})
@RouteCapability(Capability.READ_SCHOOLING)
public class ChildrenView extends VerticalLayout implements BeforeEnterObserver, PageHeading {

    private static final List<String> LINK_FILTERS = List.of("status", "gap");

    private final ChildrenService children;
    private final Clock clock;
    private final Grid<ChildRow> grid = new Grid<>(ChildRow.class, false);
    private final ComboBox<SiteRow> site = new ComboBox<>();
    private final Select<SchoolingStatus> status = new Select<>();
    private final Checkbox gap = new Checkbox();
    private final IntegerField minAge = new IntegerField();
    private final IntegerField maxAge = new IntegerField();
    private boolean applyingParameters;

    ChildrenView(ChildrenService children, SiteService sites, Clock clock, Permissions permissions) {
        this.children = children;
        this.clock = clock;
        setId("children-view");
        setSizeFull();
        HorizontalLayout filters = createFilters(sites.visibleSites());
        if (permissions.may(Capability.WRITE_LETTERS) && permissions.may(Capability.RECORD_SCHOOLING)) {
            // the school letters to parents, printed for a whole site on the letters' batch page
            Anchor letters = new Anchor("letters/batch?kind=SCHOOL", getTranslation("letters.printSchoolLetters"));
            letters.setId("children-school-letters");
            filters.add(letters);
        }
        add(filters, createGrid());
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
                .flatMap(text -> QueryValues.enumValue(SchoolingStatus.class, text)).orElse(null));
        gap.setValue(parameters.getSingleParameter("gap").map("true"::equals).orElse(false));
        applyingParameters = false;
        grid.getDataProvider().refreshAll();
    }

    private HorizontalLayout createFilters(List<SiteRow> visibleSites) {
        site.setId("children-site");
        site.setLabel(getTranslation("field.site"));
        site.setPlaceholder(getTranslation("cases.allSites"));
        site.setItems(visibleSites);
        site.setItemLabelGenerator(SiteRow::name);
        site.setClearButtonVisible(true);
        if (visibleSites.size() == 1) {
            site.setValue(visibleSites.getFirst());
        }
        status.setId("children-status");
        status.setLabel(getTranslation("field.schoolingStatus"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("schooling.allStatuses"));
        status.setItems(SchoolingStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("schooling.allStatuses")
                : getTranslation(s.i18nKey()));
        gap.setId("children-gap");
        gap.setLabel(getTranslation("schooling.gapOnly"));
        minAge.setId("children-min-age");
        minAge.setLabel(getTranslation("schooling.minAge"));
        minAge.setMin(0);
        minAge.setClearButtonVisible(true);
        minAge.setValueChangeMode(ValueChangeMode.LAZY);
        maxAge.setId("children-max-age");
        maxAge.setLabel(getTranslation("schooling.maxAge"));
        maxAge.setMin(0);
        maxAge.setClearButtonVisible(true);
        maxAge.setValueChangeMode(ValueChangeMode.LAZY);
        List.<HasValue<?, ?>>of(site, status, gap, minAge, maxAge).forEach(field -> field.addValueChangeListener(e -> {
            if (!applyingParameters) {
                grid.getDataProvider().refreshAll();
            }
        }));
        HorizontalLayout filters = new HorizontalLayout(site, status, gap, minAge, maxAge);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private Grid<ChildRow> createGrid() {
        grid.setId("children-grid");
        Grids.emptyState(grid, "empty.children");
        grid.addColumn(r -> r.familyName() + ", " + r.givenNames()).setHeader(getTranslation("field.name"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(r -> Age.of(r.birthDate()).on(LocalDate.now(clock))).setHeader(getTranslation("field.age"))
                .setAutoWidth(true);
        grid.addColumn(ChildRow::siteName).setHeader(getTranslation("field.site")).setAutoWidth(true);
        grid.addComponentColumn(r -> SchoolingTexts.chip(r.status())).setHeader(getTranslation("field.schoolingStatus"))
                .setAutoWidth(true);
        grid.addColumn(r -> Dates.format(r.startBy())).setHeader(getTranslation("field.startBy")).setAutoWidth(true);
        grid.addColumn(r -> r.schoolName() == null ? "" : r.schoolName()).setHeader(getTranslation("field.school"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.activityGap() ? getTranslation("schooling.gap") : "")
                .setHeader(getTranslation("schooling.activity")).setAutoWidth(true);
        grid.setItems(query -> children.page(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> children.count(filter()));
        Grids.opensRows(grid, row -> getUI().ifPresent(ui -> ui.navigate("residents/person/" + row.personId())));
        grid.setSizeFull();
        return grid;
    }

    ChildFilter filter() {
        SiteRow chosen = site.getValue();
        return new ChildFilter(chosen == null ? null : chosen.id(), status.getValue(), gap.getValue(),
                minAge.getValue(), maxAge.getValue());
    }


    @Override
    public String heading() {
        return getTranslation("nav.schooling");
    }
}
