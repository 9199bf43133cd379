package no.ankomst.residents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import no.ankomst.accommodation.StayService;
import no.ankomst.accommodation.ui.CheckInDialog;
import no.ankomst.accommodation.ui.StayActions;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.Grids;
import no.ankomst.residents.ResidentRecords.HouseholdMember;
import no.ankomst.residents.ResidentRecords.ResidentDetail;
import no.ankomst.residents.ResidentRecords.StayLine;

/**
 * Every stay, newest first; stays kept on a merged duplicate are marked as such. Staff check the person
 * (with household members staying nowhere) in, or move them or check them out from here.
 */
class StaysTab extends VerticalLayout {

    StaysTab(ResidentDetail p, StayService stays, StayActions actions, Runnable changed) {
        if (stays.changesStays()) {
            add(actions(p, stays, actions, changed));
        }
        Grid<StayLine> grid = new Grid<>(StayLine.class, false);
        grid.setId("stays-grid");
        Grids.emptyState(grid, "empty.stays");
        grid.addColumn(StayLine::siteName).setHeader(getTranslation("field.site")).setAutoWidth(true);
        grid.addColumn(s -> s.unitName() == null ? getTranslation("residents.noBed")
                : s.unitName() + " / " + s.bedLabel()).setHeader(getTranslation("field.bed"));
        grid.addColumn(s -> Dates.format(s.checkedInOn())).setHeader(getTranslation("field.checkedInOn"));
        grid.addColumn(s -> Dates.format(s.checkedOutOn()))
                .setHeader(getTranslation("field.checkedOutOn"));
        grid.addColumn(s -> s.checkoutReason() == null ? "" : getTranslation("checkoutReason." + s.checkoutReason()))
                .setHeader(getTranslation("field.checkoutReason"));
        grid.addColumn(s -> s.fromMergedRecord() ? getTranslation("resident.stay.fromMergedRecord") : "")
                .setHeader(getTranslation("resident.stay.record"));
        grid.setItems(p.stays());
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private HorizontalLayout actions(ResidentDetail p, StayService stays, StayActions actions, Runnable changed) {
        HorizontalLayout buttons = new HorizontalLayout();
        boolean staying = p.stays().stream().anyMatch(s -> s.checkedOutOn() == null && !s.fromMergedRecord());
        if (!staying) {
            Button checkIn = new Button(getTranslation("stay.checkIn"), VaadinIcon.SIGN_IN.create(),
                    e -> actions.openCheckIn(arrivals(p, stays), changed));
            checkIn.setId("stay-check-in");
            buttons.add(checkIn);
        }
        // only a stay at one of the user's own sites can be changed here
        actions.occupant(p.id()).ifPresent(who -> {
            Button move = new Button(getTranslation("stay.transfer"), VaadinIcon.EXCHANGE.create(),
                    e -> actions.openMove(who, changed));
            move.setId("stay-move");
            Button checkOut = new Button(getTranslation("stay.checkOut"), VaadinIcon.SIGN_OUT.create(),
                    e -> actions.openCheckOut(who, changed));
            checkOut.setId("stay-check-out");
            buttons.add(move, checkOut);
        });
        return buttons;
    }

    /** The person first, then household members who stay nowhere either: a family arriving together. */
    private static List<CheckInDialog.Arrival> arrivals(ResidentDetail p, StayService stays) {
        List<HouseholdMember> others = p.household().stream().filter(m -> m.personId() != p.id()).toList();
        List<Long> free = stays.withoutOpenStay(others.stream().map(HouseholdMember::personId).toList());
        List<CheckInDialog.Arrival> arrivals = new java.util.ArrayList<>();
        arrivals.add(new CheckInDialog.Arrival(p.id(), p.familyName() + ", " + p.givenNames()));
        others.stream().filter(m -> free.contains(m.personId()))
                .forEach(m -> arrivals.add(new CheckInDialog.Arrival(m.personId(), m.name())));
        return arrivals;
    }
}
