package no.ankomst.accommodation.ui;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Optional;
import no.ankomst.accommodation.OccupancyRecords.BedOccupancy;
import no.ankomst.accommodation.OccupancyRecords.Occupant;
import no.ankomst.accommodation.OccupancyRecords.SiteDetail;
import no.ankomst.accommodation.OccupancyRecords.UnitOccupancy;
import no.ankomst.accommodation.OccupancyService;
import no.ankomst.accommodation.SiteService;
import no.ankomst.accommodation.StayRecords.StayRow;
import no.ankomst.accommodation.StayService;
import no.ankomst.accommodation.UnitRecords.FreeBed;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.Notifications;

/**
 * Check-in, move and check-out as dialogs, for the occupancy board and the resident's stays alike:
 * each opens its dialog, calls the stay service, shows field errors in the dialog or closes it and
 * runs {@code done} (the caller refreshes what it shows).
 */
public final class StayActions {

    private final StayService stays;
    private final SiteService sites;
    private final OccupancyService occupancy;

    public StayActions(StayService stays, SiteService sites, OccupancyService occupancy) {
        this.stays = stays;
        this.sites = sites;
        this.occupancy = occupancy;
    }

    /** Checks the people in at one of the user's sites (a household: beds together suggested). */
    public void openCheckIn(List<CheckInDialog.Arrival> arrivals, Runnable done) {
        CheckInDialog dialog = new CheckInDialog(arrivals, sites.visibleSites(), occupancy.today(),
                stays::suggestBedsTogether, stays::freeBeds);
        dialog.addSaveListener(event -> {
            try {
                stays.checkInTogether(event.moves(), event.siteId(), event.on());
                dialog.close();
                Notifications.success(text("stay.checkedIn", event.moves().size()));
                done.run();
            } catch (ValidationException invalid) {
                dialog.showErrors(invalid);
            }
        });
        dialog.open();
    }

    /** The person's current stay as the board shows it, when it is at a site of the user's today. */
    public Optional<Occupant> occupant(long personId) {
        return stays.openStay(personId).flatMap(stay -> find(siteOf(stay), personId));
    }

    public void openMove(Occupant who, Runnable done) {
        SiteDetail detail = siteOfStay(who);
        List<MoveDialog.Member> household = who.householdId() == null ? List.of(member(detail, who))
                : detail.household(who.householdId()).stream().map(o -> member(detail, o)).toList();
        MoveDialog dialog = new MoveDialog(detail.totals().siteId(), member(detail, who), household,
                sites.transferTargets(), occupancy.today(), occupancy::inScope, stays::suggestBedsTogether,
                stays::freeBeds);
        dialog.addSaveListener(event -> {
            try {
                stays.transferTogether(event.moves(), event.siteId(), event.on());
                dialog.close();
                Notifications.success(text("stay.moved", event.moves().size()));
                done.run();
            } catch (ValidationException invalid) {
                dialog.showErrors(invalid);
            }
        });
        dialog.open();
    }

    public void openCheckOut(Occupant who, Runnable done) {
        SiteDetail detail = siteOfStay(who);
        List<Occupant> household = who.householdId() == null ? List.of(who) : detail.household(who.householdId());
        CheckOutDialog dialog = new CheckOutDialog(who, household, occupancy.today());
        dialog.addSaveListener(event -> {
            try {
                stays.checkOutTogether(event.stayIds(), event.on(), event.reason());
                dialog.close();
                Notifications.success(text("stay.checkedOut", event.stayIds().size()));
                done.run();
            } catch (ValidationException invalid) {
                dialog.showErrors(invalid);
            }
        });
        dialog.open();
    }

    private SiteDetail siteOf(StayRow stay) {
        return occupancy.occupancyOfSite(stay.siteId(), occupancy.today());
    }

    private SiteDetail siteOfStay(Occupant who) {
        StayRow stay = stays.openStay(who.personId())
                .orElseThrow(() -> ValidationException.of("person", "validation.stay.noOpenStay"));
        return siteOf(stay);
    }

    private static Optional<Occupant> find(SiteDetail detail, long personId) {
        return detail.present().stream().filter(o -> o.personId() == personId).findFirst();
    }

    /** The member and the bed they sleep in now, which a move inside the site may keep. */
    private static MoveDialog.Member member(SiteDetail detail, Occupant who) {
        for (UnitOccupancy unit : detail.units()) {
            for (BedOccupancy bed : unit.beds()) {
                if (bed.occupant() != null && bed.occupant().personId() == who.personId()) {
                    return new MoveDialog.Member(who, new FreeBed(bed.bedId(), unit.unitId(), unit.name(),
                            bed.label(), bed.accessible(), bed.childBed()));
                }
            }
        }
        return new MoveDialog.Member(who, null);
    }

    private static String text(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
