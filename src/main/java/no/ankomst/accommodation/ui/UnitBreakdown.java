package no.ankomst.accommodation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import no.ankomst.accommodation.OccupancyRecords.BedOccupancy;
import no.ankomst.accommodation.OccupancyRecords.Occupant;
import no.ankomst.accommodation.OccupancyRecords.SiteDetail;
import no.ankomst.accommodation.OccupancyRecords.UnitOccupancy;
import org.jspecify.annotations.Nullable;

/**
 * Every unit of a site as a collapsible group of its beds, free beds as rows of their own, and a
 * permanent group of residents not yet given a bed. The household column groups family members.
 */
final class UnitBreakdown extends VerticalLayout {

    /** One line of the tree: a group (unit, not assigned) or a bed or person inside it. */
    record Line(String label, @Nullable Status status, @Nullable Occupant who, boolean group) {

        @Nullable String occupant() {
            return who == null ? null : who.name();
        }

        @Nullable Long household() {
            return who == null ? null : who.householdId();
        }
    }

    enum Status { FREE, BLOCKED, OCCUPIED }

    private final TreeGrid<Line> grid = new TreeGrid<>();
    private final TextField filter = new TextField();
    private @Nullable SiteDetail detail;
    private Consumer<Occupant> onMove = who -> { };
    private Consumer<Occupant> onCheckOut = who -> { };
    private final Grid.Column<Line> actions;

    UnitBreakdown() {
        setPadding(false);
        setId("occupancy-breakdown");
        filter.setId("occupancy-filter");
        filter.setPlaceholder(getTranslation("occupancy.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(event -> render());
        grid.setId("occupancy-beds");
        grid.addHierarchyColumn(Line::label).setHeader(getTranslation("field.bed")).setAutoWidth(true);
        // templates rendered in the browser: a site of 400 beds does not become 400 server-side components
        grid.addColumn(LitRenderer.<Line>of("<span class='chip chip-${item.tone}' ?hidden=${!item.status}>${item.status}</span>")
                        .withProperty("status", this::statusText)
                        .withProperty("tone", UnitBreakdown::tone))
                .setHeader(getTranslation("field.status")).setAutoWidth(true);
        grid.addColumn(line -> line.occupant() == null ? "" : line.occupant())
                .setHeader(getTranslation("field.person")).setFlexGrow(1);
        grid.addColumn(line -> line.household() == null ? "" : "#" + line.household())
                .setHeader(getTranslation("occupancy.households")).setAutoWidth(true);
        actions = grid.addColumn(LitRenderer.<Line>of("<span ?hidden=${!item.person}>"
                                + "<vaadin-button theme='small tertiary' @click=${move}>${item.moveText}</vaadin-button>"
                                + "<vaadin-button theme='small tertiary' @click=${checkOut}>${item.checkOutText}</vaadin-button>"
                                + "</span>")
                        .withProperty("person", line -> line.who() != null)
                        .withProperty("moveText", line -> getTranslation("stay.move"))
                        .withProperty("checkOutText", line -> getTranslation("stay.checkOut"))
                        .withFunction("move", line -> acceptIfPerson(line, onMove))
                        .withFunction("checkOut", line -> acceptIfPerson(line, onCheckOut)))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(filter, grid);
    }

    void show(SiteDetail siteDetail) {
        this.detail = siteDetail;
        actions.setVisible(siteDetail.changeable());
        render();
    }

    void onMove(Consumer<Occupant> listener) {
        this.onMove = listener;
    }

    void onCheckOut(Consumer<Occupant> listener) {
        this.onCheckOut = listener;
    }

    private static void acceptIfPerson(Line line, Consumer<Occupant> listener) {
        if (line.who() != null) {
            listener.accept(line.who());
        }
    }

    private void render() {
        if (detail == null) {
            return;
        }
        String text = filter.getValue().strip().toLowerCase(Locale.ROOT);
        TreeData<Line> data = new TreeData<>();
        for (UnitOccupancy unit : detail.units()) {
            List<Line> beds = unit.beds().stream().map(UnitBreakdown::bedLine).filter(l -> matches(l, text)).toList();
            if (!beds.isEmpty() || text.isEmpty()) {
                Line group = new Line(unit.name() + " · " + unit.capacity().occupied() + "/" + unit.capacity().beds(),
                        null, null, true);
                data.addItem(null, group);
                data.addItems(group, beds);
            }
        }
        Line notAssigned = new Line(getTranslation("occupancy.notAssignedGroup") + " · " + detail.notAssigned().size(),
                null, null, true);
        data.addItem(null, notAssigned);
        data.addItems(notAssigned, detail.notAssigned().stream().map(UnitBreakdown::personLine)
                .filter(l -> matches(l, text)).toList());
        grid.setTreeData(data);
        grid.expand(data.getRootItems());
    }

    private static Line bedLine(BedOccupancy bed) {
        Occupant who = bed.occupant();
        Status status = who != null ? Status.OCCUPIED : bed.blocked() ? Status.BLOCKED : Status.FREE;
        return new Line(bed.label(), status, who, false);
    }

    private static Line personLine(Occupant who) {
        return new Line("", null, who, false);
    }

    private static boolean matches(Line line, String text) {
        return text.isEmpty() || line.label().toLowerCase(Locale.ROOT).contains(text)
                || (line.occupant() != null && line.occupant().toLowerCase(Locale.ROOT).contains(text));
    }

    private String statusText(Line line) {
        if (line.status() == null) {
            return "";
        }
        return switch (line.status()) {
            case FREE -> getTranslation("occupancy.freeBed");
            case BLOCKED -> getTranslation("occupancy.blockedBed");
            case OCCUPIED -> getTranslation("occupancy.occupied");
        };
    }

    private static String tone(Line line) {
        return line.status() == null ? "" : switch (line.status()) {
            case FREE -> "ok";
            case BLOCKED -> "muted";
            case OCCUPIED -> "info";
        };
    }
}
