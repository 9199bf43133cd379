package no.ankomst.settlement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
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
import java.util.Map;
import java.util.TreeMap;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.Grids;
import no.ankomst.base.ui.PageHeading;
import no.ankomst.base.ui.QueryValues;
import no.ankomst.reference.Municipality;
import no.ankomst.reference.MunicipalityService;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import no.ankomst.security.RouteCapability;
import no.ankomst.settlement.PipelineRecords.Due;
import no.ankomst.settlement.PipelineRecords.PipelineCounts;
import no.ankomst.settlement.PipelineRecords.PipelineFilter;
import no.ankomst.settlement.PipelineRecords.PipelineRow;
import no.ankomst.settlement.PipelineService;
import no.ankomst.settlement.SettlementState;
import org.jspecify.annotations.Nullable;

/**
 * Households per pipeline state and near or past their target, each count opening the filtered list below; the list
 * is lazy and filterable by state, county and due ({@code ?state=READY}, {@code ?due=PAST}, {@code ?county=31}).
 */
@Route("settlement/pipeline")
@Menu(order = 40, title = "nav.settlementPipeline", icon = "vaadin:road")
@RolesAllowed({"ADMIN", "MANAGER", "CENTRE_STAFF", "SETTLEMENT_OFFICER"})
@RouteCapability(Capability.READ_SETTLEMENT_PIPELINE)
public class PipelineView extends VerticalLayout implements BeforeEnterObserver, PageHeading {

    private final PipelineService pipeline;
    private final Permissions permissions;
    private final HorizontalLayout counts = new HorizontalLayout();
    private final Grid<PipelineRow> grid = new Grid<>(PipelineRow.class, false);
    private final Select<SettlementState> state = new Select<>();
    private final ComboBox<String> county = new ComboBox<>();
    private final Select<Due> due = new Select<>();
    private boolean applyingParameters;

    PipelineView(PipelineService pipeline, MunicipalityService municipalities, Permissions permissions) {
        this.pipeline = pipeline;
        this.permissions = permissions;
        setId("pipeline-view");
        setSizeFull();
        counts.setId("pipeline-counts");
        counts.setWrap(true);
        state.setLabel(getTranslation("field.status"));
        state.setId("pipeline-state");
        state.setItems(SettlementState.values());
        state.setEmptySelectionAllowed(true);
        state.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.i18nKey()));
        Map<String, String> countyNames = new TreeMap<>();
        for (Municipality m : municipalities.all()) {
            countyNames.putIfAbsent(m.countyCode(), m.countyName());
        }
        county.setLabel(getTranslation("settlement.field.county"));
        county.setId("pipeline-county");
        county.setItems(countyNames.keySet());
        county.setItemLabelGenerator(code -> countyNames.getOrDefault(code, code));
        county.setClearButtonVisible(true);
        due.setLabel(getTranslation("settlement.field.due"));
        due.setId("pipeline-due");
        due.setItems(Due.values());
        due.setEmptySelectionAllowed(true);
        due.setItemLabelGenerator(d -> d == null ? "" : getTranslation("settlement.due." + d.name()));
        state.addValueChangeListener(event -> filterChanged());
        county.addValueChangeListener(event -> filterChanged());
        due.addValueChangeListener(event -> filterChanged());
        HorizontalLayout filters = new HorizontalLayout(state, county, due);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(counts, filters, createGrid());
        showCounts();
    }

    @Override
    public String heading() {
        return getTranslation("nav.settlementPipeline");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        applyingParameters = true;
        state.setValue(parameters.getSingleParameter("state")
                .flatMap(text -> QueryValues.enumValue(SettlementState.class, text)).orElse(null));
        due.setValue(parameters.getSingleParameter("due")
                .flatMap(text -> QueryValues.enumValue(Due.class, text)).orElse(null));
        county.setValue(parameters.getSingleParameter("county").filter(code -> code.matches("[0-9]{2}")).orElse(null));
        applyingParameters = false;
        grid.getDataProvider().refreshAll();
    }

    private void filterChanged() {
        if (!applyingParameters) {
            grid.getDataProvider().refreshAll();
        }
    }

    private PipelineFilter filter() {
        return new PipelineFilter(state.getValue(), county.getValue(), due.getValue());
    }

    private void showCounts() {
        PipelineCounts figures = pipeline.counts();
        counts.removeAll();
        for (SettlementState s : SettlementState.values()) {
            counts.add(countButton("pipeline-count-" + s.name(), getTranslation(s.i18nKey()),
                    figures.perState().getOrDefault(s, 0), s, null));
        }
        counts.add(countButton("pipeline-count-NEAR", getTranslation("settlement.due.NEAR"), figures.near(), null,
                Due.NEAR));
        counts.add(countButton("pipeline-count-PAST", getTranslation("settlement.due.PAST"), figures.past(), null,
                Due.PAST));
    }

    private Button countButton(String id, String label, int count, @Nullable SettlementState filterState,
                               @Nullable Due filterDue) {
        Button button = new Button(label + ": " + count, event -> {
            applyingParameters = true;
            state.setValue(filterState);
            due.setValue(filterDue);
            applyingParameters = false;
            grid.getDataProvider().refreshAll();
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.TERTIARY);
        return button;
    }

    private Grid<PipelineRow> createGrid() {
        grid.setId("pipeline-grid");
        Grids.emptyState(grid, "settlement.pipeline.empty");
        grid.addColumn(PipelineRow::headName).setHeader(getTranslation("settlement.field.head")).setAutoWidth(true);
        grid.addColumn(PipelineRow::members).setHeader(getTranslation("settlement.field.members"));
        grid.addColumn(row -> getTranslation(row.state().i18nKey())).setHeader(getTranslation("field.status"));
        grid.addColumn(row -> Dates.format(row.permitGrantedOn())).setHeader(getTranslation("settlement.field.permit"));
        grid.addColumn(row -> Dates.format(row.targetDate())).setHeader(getTranslation("settlement.field.target"));
        grid.addColumn(row -> row.unaccompaniedMinor() ? getTranslation("settlement.field.minors") : "")
                .setHeader(getTranslation("settlement.field.minors"));
        grid.addColumn(row -> row.siteName() == null ? "" : row.siteName()).setHeader(getTranslation("field.site"));
        grid.addColumn(row -> row.countyCode() == null ? "" : row.countyCode())
                .setHeader(getTranslation("settlement.field.county"));
        grid.setItems(query -> pipeline.page(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> pipeline.count(filter()));
        if (permissions.may(Capability.READ_RESIDENTS)) {
            Grids.opensRows(grid, row -> getUI().ifPresent(ui -> ui.navigate("residents/person/" + row.headId())));
        }
        grid.setSizeFull();
        return grid;
    }
}
