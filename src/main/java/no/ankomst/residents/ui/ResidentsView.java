package no.ankomst.residents.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ankomst.accommodation.SiteRecords.SiteRow;
import no.ankomst.accommodation.SiteService;
import no.ankomst.base.ui.Codes;
import no.ankomst.base.ui.Grids;
import no.ankomst.base.ui.PageHeading;
import no.ankomst.base.Age;
import no.ankomst.residents.AgeGroup;
import no.ankomst.residents.Need;
import no.ankomst.residents.ResidentRecords.ResidentFilter;
import no.ankomst.residents.ResidentRecords.ResidentRow;
import no.ankomst.residents.ResidentService;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import no.ankomst.security.RouteCapability;

/**
 * Who is here: a lazy list paged in the database, opened on the user's own sites and current
 * residents, with one search box (Enter opens a single hit).
 */
@Route("residents")
@Menu(order = 10, title = "nav.residents", icon = "vaadin:family")
@RolesAllowed({"ADMIN", "MANAGER", "CENTRE_STAFF", "HEALTH_STAFF"})
@RouteCapability(Capability.READ_RESIDENTS)
public class ResidentsView extends VerticalLayout implements PageHeading {

    private final ResidentService residents;
    private final Permissions permissions;
    private final Clock clock;
    private final Grid<ResidentRow> grid = new Grid<>(ResidentRow.class, false);
    private final TextField search = new TextField();
    private final ComboBox<SiteRow> site = new ComboBox<>();
    private final Select<AgeGroup> ageGroup = new Select<>();
    private final Select<Need> need = new Select<>();
    private final IntegerField arrivedWithin = new IntegerField();
    private final Checkbox currentOnly = new Checkbox();
    private int total;
    private final Map<Integer, Long> lastIdBeforeOffset = new HashMap<>();

    ResidentsView(ResidentService residents, SiteService sites, Permissions permissions, Clock clock) {
        this.residents = residents;
        this.permissions = permissions;
        this.clock = clock;
        setId("residents-view");
        setSizeFull();
        add(createFilters(sites.visibleSites()), createGrid());
    }

    private HorizontalLayout createFilters(List<SiteRow> visibleSites) {
        search.setId("residents-search");
        search.setPlaceholder(getTranslation("residents.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("22em");
        search.addValueChangeListener(event -> refresh());
        search.addKeyPressListener(Key.ENTER, event -> openSingleHit());
        site.setId("residents-site");
        site.setPlaceholder(getTranslation("residents.allSites"));
        site.setItems(visibleSites);
        site.setItemLabelGenerator(SiteRow::name);
        site.setClearButtonVisible(true);
        // staff open the list on their own site
        if (visibleSites.size() == 1) {
            site.setValue(visibleSites.getFirst());
        }
        site.addValueChangeListener(event -> refresh());
        ageGroup.setId("residents-age");
        ageGroup.setEmptySelectionAllowed(true);
        ageGroup.setEmptySelectionCaption(getTranslation("residents.allAges"));
        ageGroup.setItems(AgeGroup.values());
        ageGroup.setItemLabelGenerator(g -> g == null ? getTranslation("residents.allAges")
                : getTranslation("ageGroup." + g.name()));
        ageGroup.addValueChangeListener(event -> refresh());
        need.setId("residents-need");
        need.setEmptySelectionAllowed(true);
        need.setEmptySelectionCaption(getTranslation("residents.allNeeds"));
        need.setItems(Need.values());
        need.setItemLabelGenerator(n -> n == null ? getTranslation("residents.allNeeds")
                : getTranslation("need." + n.name()));
        need.addValueChangeListener(event -> refresh());
        arrivedWithin.setId("residents-arrived-within");
        arrivedWithin.setPlaceholder(getTranslation("residents.arrivedWithin"));
        arrivedWithin.setMin(0);
        arrivedWithin.setClearButtonVisible(true);
        arrivedWithin.setValueChangeMode(ValueChangeMode.LAZY);
        arrivedWithin.addValueChangeListener(event -> refresh());
        currentOnly.setLabel(getTranslation("residents.currentOnly"));
        currentOnly.setValue(true);
        currentOnly.addValueChangeListener(event -> refresh());
        Button register = new Button(getTranslation("residents.register"), VaadinIcon.PLUS.create(),
                event -> getUI().ifPresent(ui -> ui.navigate(RegistrationView.class)));
        register.setId("residents-register");
        register.addThemeVariants(ButtonVariant.PRIMARY);
        Button importList = new Button(getTranslation("residents.import"), VaadinIcon.UPLOAD.create(),
                event -> getUI().ifPresent(ui -> ui.navigate(RegistrationImportView.class)));
        importList.setId("residents-import");
        // only for the roles that may: the others would be refused on the next page
        register.setVisible(permissions.may(Capability.REGISTER));
        importList.setVisible(permissions.may(Capability.IMPORT));
        HorizontalLayout filters = new HorizontalLayout(search, site, ageGroup, need, arrivedWithin, currentOnly,
                register, importList);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private Grid<ResidentRow> createGrid() {
        grid.setId("residents-grid");
        Grids.emptyState(grid, "empty.residents");
        // templates rendered in the browser, not a component per cell: a page of rows costs no server state
        grid.addColumn(LitRenderer.<ResidentRow>of("<div class='name-latin'>${item.latin}</div>"
                                + "<div class='name-cyrillic'>${item.cyrillic}</div>")
                        .withProperty("latin", row -> row.familyName() + ", " + row.givenNames())
                        .withProperty("cyrillic", ResidentsView::cyrillic))
                .setHeader(getTranslation("field.name")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(row -> Age.of(row.birthDate()).on(today()))
                .setHeader(getTranslation("field.age")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("sex." + row.sex().name())).setHeader(getTranslation("field.sex"))
                .setAutoWidth(true);
        grid.addColumn(row -> Codes.countries(row.citizenships())).setHeader(getTranslation("field.citizenship"))
                .setAutoWidth(true);
        grid.addColumn(this::where).setHeader(getTranslation("field.where")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(ResidentRow::householdSize).setHeader(getTranslation("field.householdSize")).setAutoWidth(true);
        grid.addColumn(LitRenderer.<ResidentRow>of("${item.needs.map(need => html`<span class='chip chip-info'>${need}</span> `)}"
                                + "${item.noBed ? html`<span class='chip chip-warning'>${item.noBed}</span>` : ''}")
                        .withProperty("needs", row -> row.needs().stream().map(n -> getTranslation("need." + n.name()))
                                .toList())
                        .withProperty("noBed", row -> row.siteName() != null && row.unitName() == null
                                ? getTranslation("residents.noBed") : ""))
                .setHeader(getTranslation("field.needs")).setAutoWidth(true);
        // the count runs once per filter change; a page that follows one already read is found by seeking
        // from that page's last row, any other from whichever end of the index is nearer
        grid.setItems(query -> fetch(query.getOffset(), query.getLimit()).stream(), query -> {
            lastIdBeforeOffset.clear();
            total = residents.count(filter());
            return total;
        });
        Grids.opensRows(grid, this::open);
        grid.setSizeFull();
        return grid;
    }

    private List<ResidentRow> fetch(int offset, int limit) {
        List<ResidentRow> rows = residents.page(filter(), offset, limit, total, lastIdBeforeOffset.get(offset));
        if (!rows.isEmpty()) {
            lastIdBeforeOffset.put(offset + rows.size(), rows.getLast().id());
        }
        return rows;
    }

    private static String cyrillic(ResidentRow row) {
        return row.familyNameCyrillic() == null ? "" : row.familyNameCyrillic() + ", "
                + (row.givenNamesCyrillic() == null ? "" : row.givenNamesCyrillic());
    }

    private String where(ResidentRow row) {
        if (row.siteName() == null) {
            return getTranslation("residents.noCurrentStay");
        }
        String bed = row.unitName() == null ? getTranslation("residents.noBed") : row.unitName() + " / " + row.bedLabel();
        return row.siteName() + " · " + bed;
    }

    private ResidentFilter filter() {
        SiteRow chosenSite = site.getValue();
        return new ResidentFilter(search.getValue(), chosenSite == null ? null : chosenSite.id(), ageGroup.getValue(),
                need.getValue(), arrivedWithin.getValue(), currentOnly.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void openSingleHit() {
        List<ResidentRow> hits = residents.search(search.getValue(), 2);
        if (hits.size() == 1) {
            open(hits.getFirst());
        }
    }

    private void open(ResidentRow row) {
        getUI().ifPresent(ui -> ui.navigate(ResidentDetailView.class, row.id()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public String heading() {
        return getTranslation("nav.residents");
    }
}
