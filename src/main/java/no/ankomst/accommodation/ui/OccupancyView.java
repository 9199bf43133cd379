package no.ankomst.accommodation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import no.ankomst.accommodation.OccupancyRecords.Occupant;
import no.ankomst.accommodation.OccupancyRecords.SiteDetail;
import no.ankomst.accommodation.OccupancyRecords.SiteOccupancy;
import no.ankomst.accommodation.OccupancyService;
import no.ankomst.accommodation.PlannedArrivalService;
import no.ankomst.accommodation.SiteService;
import no.ankomst.accommodation.StayService;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.PageHeading;
import no.ankomst.security.Capability;
import no.ankomst.security.RouteCapability;
import org.jspecify.annotations.Nullable;

/**
 * The occupancy board: per site of the user's scope the population, capacity and last 7 days on a
 * chosen day, and for the site picked below, every unit with its beds.
 */
@Route("occupancy")
@Menu(order = 20, title = "nav.occupancy", icon = "vaadin:bed")
@RolesAllowed({"ADMIN", "MANAGER", "CENTRE_STAFF", "HEALTH_STAFF"})
@RouteCapability(Capability.READ_OCCUPANCY)
public class OccupancyView extends VerticalLayout implements PageHeading {

    private final OccupancyService occupancy;
    private final StayActions stayActions;
    private final DatePicker day = Dates.picker();
    private final Div sites = new Div();
    private final ComboBox<SiteOccupancy> sitePicker = new ComboBox<>();
    private final H3 siteTitle = new H3();
    private final UnitBreakdown breakdown = new UnitBreakdown();
    private final PlannedArrivalsPanel plannedArrivals;

    OccupancyView(OccupancyService occupancy, StayService stays, SiteService siteService,
                  PlannedArrivalService planned) {
        this.occupancy = occupancy;
        this.plannedArrivals = new PlannedArrivalsPanel(planned, this::refresh);
        this.stayActions = new StayActions(stays, siteService, occupancy);
        setId("occupancy-view");
        sites.setId("occupancy-sites");
        sites.addClassName("occupancy-sites");
        add(createControls(), sites, siteTitle, plannedArrivals, breakdown);
        breakdown.setVisible(false);
        breakdown.onMove(this::openMove);
        breakdown.onCheckOut(this::openCheckOut);
        refresh();
    }

    private HorizontalLayout createControls() {
        day.setId("occupancy-day");
        day.setLabel(getTranslation("occupancy.day"));
        day.setValue(occupancy.today());
        day.setMax(occupancy.today());
        day.addValueChangeListener(event -> refresh());
        sitePicker.setId("occupancy-site");
        sitePicker.setLabel(getTranslation("occupancy.site"));
        sitePicker.setItemLabelGenerator(SiteOccupancy::siteName);
        sitePicker.addValueChangeListener(event -> showSite(event.getValue()));
        return new HorizontalLayout(day, sitePicker);
    }

    private LocalDate chosenDay() {
        return day.getValue() == null ? occupancy.today() : day.getValue();
    }

    private void refresh() {
        List<SiteOccupancy> lines = occupancy.occupancyBySite(chosenDay());
        @Nullable Long picked = sitePicker.getValue() == null ? null : sitePicker.getValue().siteId();
        sites.removeAll();
        if (lines.isEmpty()) {
            sites.add(new Paragraph(getTranslation("occupancy.noSites")));
        }
        lines.forEach(line -> sites.add(new OccupancyFigures(line, () -> sitePicker.setValue(line))));
        sitePicker.setItems(lines);
        // keep the open site across day changes; a user with one site has nothing to pick
        lines.stream().filter(line -> picked != null ? line.siteId() == picked : lines.size() == 1)
                .findFirst().ifPresentOrElse(sitePicker::setValue, () -> showSite(null));
    }

    void openMove(Occupant who) {
        stayActions.openMove(who, this::refresh);
    }

    void openCheckOut(Occupant who) {
        stayActions.openCheckOut(who, this::refresh);
    }

    private void showSite(@Nullable SiteOccupancy site) {
        breakdown.setVisible(site != null);
        siteTitle.setVisible(site != null);
        plannedArrivals.setVisible(site != null);
        if (site != null) {
            siteTitle.setText(site.siteName() + " · " + getTranslation("occupancy.units"));
            SiteDetail detail = occupancy.occupancyOfSite(site.siteId(), chosenDay());
            plannedArrivals.show(site.siteId(), detail.changeable(), occupancy.today());
            breakdown.show(detail);
        }
    }

    @Override
    public String heading() {
        return getTranslation("occupancy.title");
    }
}
