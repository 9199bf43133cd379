package no.ankomst.residents.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import no.ankomst.base.ui.Codes;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.Grids;
import no.ankomst.residents.ResidentRecords.Document;
import no.ankomst.residents.ResidentRecords.PoliceRegistration;
import no.ankomst.residents.ResidentRecords.ResidentDetail;

/** Documents seen and police registrations. */
class DocumentsTab extends VerticalLayout {

    DocumentsTab(ResidentDetail p) {
        Grid<Document> documents = new Grid<>(Document.class, false);
        documents.setId("documents-grid");
        Grids.emptyState(documents, "empty.documents");
        documents.addColumn(d -> getTranslation("documentType." + d.type().name()))
                .setHeader(getTranslation("field.documentType"));
        documents.addColumn(Document::number).setHeader(getTranslation("field.documentNumber"));
        documents.addColumn(d -> Codes.country(d.issuingCountry())).setHeader(getTranslation("field.documentCountry"));
        documents.addColumn(d -> Dates.format(d.expiryDate()))
                .setHeader(getTranslation("field.expiryDate"));
        documents.setItems(p.documents());
        documents.setAllRowsVisible(true);
        Grid<PoliceRegistration> registrations = new Grid<>(PoliceRegistration.class, false);
        registrations.setId("registrations-grid");
        Grids.emptyState(registrations, "empty.registrations");
        registrations.addColumn(r -> Dates.format(r.registeredOn())).setHeader(getTranslation("field.registeredOn"));
        registrations.addColumn(PoliceRegistration::policeDistrict).setHeader(getTranslation("field.policeDistrict"));
        registrations.addColumn(r -> r.asylumCardNumber() == null ? "" : r.asylumCardNumber())
                .setHeader(getTranslation("field.asylumCardNumber"));
        registrations.addColumn(r -> getTranslation(r.fingerprintsTaken() && r.photoTaken() ? "yes" : "no"))
                .setHeader(getTranslation("field.biometrics"));
        registrations.setItems(p.registrations());
        registrations.setAllRowsVisible(true);
        add(documents, registrations);
    }
}
