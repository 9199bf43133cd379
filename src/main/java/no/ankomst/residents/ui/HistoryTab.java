package no.ankomst.residents.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import no.ankomst.audit.AuditEntry;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.Grids;
import no.ankomst.residents.ResidentService;

/**
 * The audit lines of this person, their household and stays, newest first. Lazy: nothing is read until
 * the tab is opened, then page by page as it scrolls.
 */
class HistoryTab extends VerticalLayout {

    HistoryTab(ResidentService residents, long personId, Clock clock) {
        Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
        grid.setId("history-grid");
        Grids.emptyState(grid, "empty.history");
        grid.addColumn(entry -> Dates.format(entry.occurredAt(), clock.getZone())).setHeader(getTranslation("audit.time"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("audit.action." + entry.action())).setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::summary).setHeader(getTranslation("audit.summary")).setFlexGrow(1)
                .setTooltipGenerator(AuditEntry::summary);
        grid.setItems(query -> residents.history(personId, query.getOffset(), query.getLimit()).stream());
        grid.setHeight("28em");
        setPadding(false);
        add(grid);
    }
}
