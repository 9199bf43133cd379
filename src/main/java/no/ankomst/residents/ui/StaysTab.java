package no.ankomst.residents.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import no.ankomst.residents.ResidentRecords.ResidentDetail;
import no.ankomst.residents.ResidentRecords.StayLine;

/** Every stay, newest first; stays kept on a merged duplicate are marked as such. */
class StaysTab extends VerticalLayout {

    StaysTab(ResidentDetail p) {
        Grid<StayLine> stays = new Grid<>(StayLine.class, false);
        stays.setId("stays-grid");
        stays.addColumn(StayLine::siteName).setHeader(getTranslation("field.site")).setAutoWidth(true);
        stays.addColumn(s -> s.unitName() == null ? getTranslation("residents.noBed")
                : s.unitName() + " / " + s.bedLabel()).setHeader(getTranslation("field.bed"));
        stays.addColumn(s -> s.checkedInOn().toString()).setHeader(getTranslation("field.checkedInOn"));
        stays.addColumn(s -> s.checkedOutOn() == null ? "" : s.checkedOutOn().toString())
                .setHeader(getTranslation("field.checkedOutOn"));
        stays.addColumn(s -> s.checkoutReason() == null ? "" : getTranslation("checkoutReason." + s.checkoutReason()))
                .setHeader(getTranslation("field.checkoutReason"));
        stays.addColumn(s -> s.fromMergedRecord() ? getTranslation("resident.stay.fromMergedRecord") : "")
                .setHeader(getTranslation("resident.stay.record"));
        stays.setItems(p.stays());
        stays.setAllRowsVisible(true);
        add(stays);
    }
}
