package no.ankomst.accommodation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;
import no.ankomst.accommodation.OccupancyRecords.Capacity;
import no.ankomst.accommodation.OccupancyRecords.Movements;
import no.ankomst.accommodation.OccupancyRecords.Population;
import no.ankomst.accommodation.OccupancyRecords.SiteOccupancy;
import no.ankomst.base.ui.Chip;

/**
 * One site's three blocks of figures (population, capacity, last 7 days), each with a tooltip that
 * says how it is counted. Every figure has an id {@code occupancy-<siteId>-<figure>} for tests.
 */
final class OccupancyFigures extends Div {

    private final long siteId;

    OccupancyFigures(SiteOccupancy site, Runnable open) {
        this.siteId = site.siteId();
        setId("occupancy-site-" + siteId);
        addClassName("occupancy-figures");
        Button openSite = new Button(getTranslation("occupancy.open"), event -> open.run());
        openSite.setId("occupancy-open-" + siteId);
        openSite.addThemeVariants(ButtonVariant.TERTIARY);
        add(new H3(site.siteName()), population(site), capacity(site.capacity()), movements(site.lastSevenDays(), site.plannedArrivals()),
                openSite);
    }

    private Div population(SiteOccupancy site) {
        Population p = site.population();
        Div block = block("occupancy.population", "occupancy.population.help",
                figure("inBeds", "occupancy.inBeds", p.inBeds()),
                figure("notAssigned", "occupancy.notAssigned", p.notAssigned()),
                figure("total", "occupancy.total", p.total()),
                figure("households", "occupancy.households", p.households()),
                figure("men", "occupancy.men", p.men()),
                figure("women", "occupancy.women", p.women()),
                figure("children", "occupancy.children", p.children()));
        if (site.overCapacity()) {
            Span over = Chip.of(getTranslation("occupancy.overCapacity"), Chip.Tone.ERROR);
            over.setId("occupancy-" + siteId + "-overCapacity");
            block.add(over);
        }
        return block;
    }

    private Div capacity(Capacity c) {
        return block("occupancy.capacity", "occupancy.capacity.help",
                figure("beds", "occupancy.beds", c.beds()),
                figure("blocked", "occupancy.blocked", c.blocked()),
                figure("occupied", "occupancy.occupied", c.occupied()),
                figure("free", "occupancy.free", c.free()));
    }

    private Div movements(Movements m, int planned) {
        return block("occupancy.lastSevenDays", "occupancy.lastSevenDays.help",
                figure("arrivals", "occupancy.arrivals", m.arrivals()),
                figure("departures", "occupancy.departures", m.departures()),
                figure("net", "occupancy.net", m.net()),
                figure("planned", "occupancy.plannedArrivals", planned));
    }

    private Div block(String titleKey, String helpKey, Div... figures) {
        H4 title = new H4(getTranslation(titleKey));
        Div block = new Div(title);
        block.add(figures);
        block.addClassName("occupancy-block");
        Tooltip.forComponent(block).setText(getTranslation(helpKey));
        return block;
    }

    private Div figure(String name, String labelKey, int value) {
        Span number = new Span(String.valueOf(value));
        number.setId("occupancy-" + siteId + "-" + name);
        number.addClassName("occupancy-number");
        Div figure = new Div(number, new Span(" " + getTranslation(labelKey)));
        figure.addClassName("occupancy-figure");
        return figure;
    }
}
