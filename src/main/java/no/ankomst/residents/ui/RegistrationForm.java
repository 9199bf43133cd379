package no.ankomst.residents.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ankomst.accommodation.SiteRecords.SiteRow;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.FormErrors;
import no.ankomst.base.ui.FormSection;
import no.ankomst.residents.DocumentType;
import no.ankomst.residents.Relation;
import no.ankomst.residents.ResidentRecords.DocumentInput;
import no.ankomst.residents.ResidentRecords.DuplicateProbe;
import no.ankomst.residents.ResidentRecords.NewResident;
import no.ankomst.residents.ResidentRecords.PoliceRegistrationInput;
import org.jspecify.annotations.Nullable;

/**
 * The registration's fields in fixed sections: person, documents and police registration, needs,
 * accommodation, household. Few fields are mandatory; the service names any rule that is broken.
 */
class RegistrationForm extends VerticalLayout {

    private final PersonFields person = new PersonFields("reg");
    private final Select<DocumentType> documentType = new Select<>();
    private final TextField documentNumber = field("documentNumber", "reg-document-number");
    private final TextField documentCountry = field("documentCountry", "reg-document-country");
    private final DatePicker expiryDate = Dates.picker();
    private final DatePicker registeredOn = Dates.picker();
    private final TextField policeDistrict = field("policeDistrict", "reg-police-district");
    private final Checkbox atArrivalCentre = new Checkbox();
    private final Checkbox fingerprints = new Checkbox();
    private final Checkbox photo = new Checkbox();
    private final TextField asylumCard = field("asylumCardNumber", "reg-asylum-card");
    private final Checkbox askedForAccommodation = new Checkbox();
    private final ComboBox<SiteRow> site = new ComboBox<>();
    private final TextField privateAddress = field("privateAddress", "reg-private-address");
    private final Select<Relation> relation = new Select<>();
    private final Checkbox sharedBefore2022 = new Checkbox();
    private final @Nullable Long householdId;

    RegistrationForm(List<SiteRow> sites, @Nullable Long householdId, @Nullable String householdFamilyName) {
        this.householdId = householdId;
        setPadding(false);
        person.startNew(householdId == null ? null : householdFamilyName);
        add(FormSection.titled(getTranslation("reg.section.person"), person));

        documentType.setLabel(getTranslation("field.documentType"));
        documentType.setItems(DocumentType.values());
        documentType.setItemLabelGenerator(t -> getTranslation("documentType." + t.name()));
        documentType.setValue(DocumentType.PASSPORT);
        documentCountry.setValue("UA");
        expiryDate.setLabel(getTranslation("field.expiryDate"));
        registeredOn.setLabel(getTranslation("field.registeredOn"));
        atArrivalCentre.setLabel(getTranslation("field.atArrivalCentre"));
        fingerprints.setLabel(getTranslation("field.fingerprintsTaken"));
        photo.setLabel(getTranslation("field.photoTaken"));
        askedForAccommodation.setLabel(getTranslation("field.askedForAccommodation"));
        add(FormSection.of(getTranslation("reg.section.documents"), documentType, documentNumber, documentCountry,
                expiryDate, registeredOn, policeDistrict, asylumCard, atArrivalCentre, fingerprints, photo,
                askedForAccommodation));

        add(FormSection.titled(getTranslation("reg.section.needs"), person.needs()));

        site.setLabel(getTranslation("field.site"));
        site.setId("reg-site");
        site.setItems(sites);
        site.setItemLabelGenerator(SiteRow::name);
        if (sites.size() == 1) {
            site.setValue(sites.getFirst());
        }
        add(FormSection.of(getTranslation("reg.section.accommodation"), site, privateAddress));

        if (householdId != null) {
            relation.setLabel(getTranslation("field.relation"));
            relation.setId("reg-relation");
            relation.setItems(Arrays.stream(Relation.values()).filter(r -> r != Relation.HEAD).toList());
            relation.setItemLabelGenerator(r -> getTranslation("relation." + r.name()));
            sharedBefore2022.setLabel(getTranslation("field.sharedHouseholdBefore2022"));
            privateAddress.setVisible(false);
            add(FormSection.of(getTranslation("reg.section.household"), relation, sharedBefore2022));
        }
    }

    private TextField field(String key, String id) {
        TextField field = new TextField(getTranslation("field." + key));
        field.setId(id);
        return field;
    }

    /** The fields the duplicate check reads: who the person is, and the document number. */
    List<HasValue<?, ?>> identifyingFields() {
        List<HasValue<?, ?>> fields = new ArrayList<>(person.identifying());
        fields.add(documentNumber);
        return fields;
    }

    NewResident value() {
        DocumentInput document = documentNumber.isEmpty() ? null : new DocumentInput(documentType.getValue(),
                documentNumber.getValue(), documentCountry.getValue(), expiryDate.getValue());
        boolean registered = registeredOn.getValue() != null || !policeDistrict.isEmpty() || !asylumCard.isEmpty();
        PoliceRegistrationInput registration = !registered ? null : new PoliceRegistrationInput(
                registeredOn.getValue(), policeDistrict.getValue(), atArrivalCentre.getValue(), fingerprints.getValue(),
                photo.getValue(), asylumCard.getValue(), askedForAccommodation.getValue());
        var p = person.value();
        return new NewResident(p.familyName(), p.givenNames(), p.familyNameCyrillic(), p.givenNamesCyrillic(),
                p.birthDate(), p.sex(), p.citizenships(), p.languages(), p.phone(), p.needs(), p.needsNote(),
                p.arrivalDate(), p.identityNumber(), document, registration,
                site.getValue() == null ? null : site.getValue().id(), householdId,
                householdId == null ? null : relation.getValue(), sharedBefore2022.getValue(),
                privateAddress.getValue());
    }

    DuplicateProbe probe() {
        var p = person.value();
        return new DuplicateProbe(p.familyName(), p.givenNames(), p.familyNameCyrillic(), p.givenNamesCyrillic(),
                p.birthDate(), p.identityNumber(), documentNumber.getValue());
    }

    void showErrors(ValidationException exception) {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        person.putFields(fields);
        fields.put("documentType", documentType);
        fields.put("documentNumber", documentNumber);
        fields.put("documentCountry", documentCountry);
        fields.put("registeredOn", registeredOn);
        fields.put("policeDistrict", policeDistrict);
        fields.put("asylumCardNumber", asylumCard);
        fields.put("site", site);
        fields.put("privateAddress", privateAddress);
        fields.put("relation", relation);
        FormErrors.show(exception, fields);
    }
}
