package no.ankomst.residents.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ankomst.accommodation.SiteRecords.SiteRow;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.FormErrors;
import no.ankomst.residents.DocumentType;
import no.ankomst.residents.Need;
import no.ankomst.residents.Relation;
import no.ankomst.residents.ResidentRecords.DocumentInput;
import no.ankomst.residents.ResidentRecords.DuplicateProbe;
import no.ankomst.residents.ResidentRecords.NewResident;
import no.ankomst.residents.ResidentRecords.PoliceRegistrationInput;
import no.ankomst.residents.Sex;
import org.jspecify.annotations.Nullable;

/**
 * The registration's fields in fixed sections: person, documents and police registration, needs,
 * accommodation, household. Few fields are mandatory; the service names any rule that is broken.
 */
class RegistrationForm extends VerticalLayout {

    final TextField familyName = field("familyName", "reg-family-name");
    final TextField givenNames = field("givenNames", "reg-given-names");
    final TextField familyNameCyrillic = field("familyNameCyrillic", "reg-family-name-cyrillic");
    final TextField givenNamesCyrillic = field("givenNamesCyrillic", "reg-given-names-cyrillic");
    final DatePicker birthDate = Dates.picker();
    private final Select<Sex> sex = new Select<>();
    private final TextField citizenships = field("citizenships", "reg-citizenships");
    private final TextField languages = field("languages", "reg-languages");
    private final TextField phone = field("phone", "reg-phone");
    final TextField identityNumber = field("identityNumber", "reg-identity-number");
    private final DatePicker arrivalDate = Dates.picker();
    private final Select<DocumentType> documentType = new Select<>();
    final TextField documentNumber = field("documentNumber", "reg-document-number");
    private final TextField documentCountry = field("documentCountry", "reg-document-country");
    private final DatePicker expiryDate = Dates.picker();
    private final DatePicker registeredOn = Dates.picker();
    private final TextField policeDistrict = field("policeDistrict", "reg-police-district");
    private final Checkbox atArrivalCentre = new Checkbox();
    private final Checkbox fingerprints = new Checkbox();
    private final Checkbox photo = new Checkbox();
    private final TextField asylumCard = field("asylumCardNumber", "reg-asylum-card");
    private final Checkbox askedForAccommodation = new Checkbox();
    private final CheckboxGroup<Need> needs = new CheckboxGroup<>();
    private final TextArea needsNote = new TextArea();
    private final ComboBox<SiteRow> site = new ComboBox<>();
    private final TextField privateAddress = field("privateAddress", "reg-private-address");
    private final Select<Relation> relation = new Select<>();
    private final Checkbox sharedBefore2022 = new Checkbox();
    private final @Nullable Long householdId;

    RegistrationForm(List<SiteRow> sites, @Nullable Long householdId, @Nullable String householdFamilyName) {
        this.householdId = householdId;
        setPadding(false);
        birthDate.setLabel(getTranslation("field.birthDate"));
        birthDate.setId("reg-birth-date");
        sex.setLabel(getTranslation("field.sex"));
        sex.setId("reg-sex");
        sex.setItems(Sex.values());
        sex.setItemLabelGenerator(s -> getTranslation("sex." + s.name()));
        citizenships.setValue("UA");
        citizenships.setHelperText(getTranslation("reg.codes.help"));
        languages.setValue("uk");
        arrivalDate.setLabel(getTranslation("field.arrivalDate"));
        arrivalDate.setId("reg-arrival-date");
        add(section("reg.section.person", familyName, givenNames, familyNameCyrillic, givenNamesCyrillic, birthDate,
                sex, citizenships, languages, phone, identityNumber, arrivalDate));

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
        add(section("reg.section.documents", documentType, documentNumber, documentCountry, expiryDate, registeredOn,
                policeDistrict, asylumCard, atArrivalCentre, fingerprints, photo, askedForAccommodation));

        needs.setLabel(getTranslation("field.needs"));
        needs.setItems(Need.values());
        needs.setItemLabelGenerator(n -> getTranslation("need." + n.name()));
        needsNote.setLabel(getTranslation("field.needsNote"));
        needsNote.setMaxLength(1000);
        add(section("reg.section.needs", needs, needsNote));

        site.setLabel(getTranslation("field.site"));
        site.setId("reg-site");
        site.setItems(sites);
        site.setItemLabelGenerator(SiteRow::name);
        if (sites.size() == 1) {
            site.setValue(sites.getFirst());
        }
        add(section("reg.section.accommodation", site, privateAddress));

        if (householdId != null) {
            relation.setLabel(getTranslation("field.relation"));
            relation.setId("reg-relation");
            relation.setItems(Arrays.stream(Relation.values()).filter(r -> r != Relation.HEAD).toList());
            relation.setItemLabelGenerator(r -> getTranslation("relation." + r.name()));
            sharedBefore2022.setLabel(getTranslation("field.sharedHouseholdBefore2022"));
            familyName.setValue(householdFamilyName == null ? "" : householdFamilyName);
            privateAddress.setVisible(false);
            add(section("reg.section.household", relation, sharedBefore2022));
        }
        familyName.focus();
    }

    private TextField field(String key, String id) {
        TextField field = new TextField(getTranslation("field." + key));
        field.setId(id);
        return field;
    }

    private VerticalLayout section(String titleKey, com.vaadin.flow.component.Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 4));
        VerticalLayout section = new VerticalLayout(new H3(getTranslation(titleKey)), form);
        section.setPadding(false);
        section.addClassName("form-section");
        return section;
    }

    NewResident value() {
        DocumentInput document = documentNumber.isEmpty() ? null : new DocumentInput(documentType.getValue(),
                documentNumber.getValue(), documentCountry.getValue(), expiryDate.getValue());
        boolean registered = registeredOn.getValue() != null || !policeDistrict.isEmpty() || !asylumCard.isEmpty();
        PoliceRegistrationInput registration = !registered ? null : new PoliceRegistrationInput(
                registeredOn.getValue(), policeDistrict.getValue(), atArrivalCentre.getValue(), fingerprints.getValue(),
                photo.getValue(), asylumCard.getValue(), askedForAccommodation.getValue());
        return new NewResident(familyName.getValue(), givenNames.getValue(), familyNameCyrillic.getValue(),
                givenNamesCyrillic.getValue(), birthDate.getValue(), sex.getValue(), codes(citizenships, true),
                codes(languages, false), phone.getValue(), needs.getValue(), needsNote.getValue(),
                arrivalDate.getValue(), identityNumber.getValue(), document, registration,
                site.getValue() == null ? null : site.getValue().id(), householdId,
                householdId == null ? null : relation.getValue(), sharedBefore2022.getValue(),
                privateAddress.getValue());
    }

    DuplicateProbe probe() {
        return new DuplicateProbe(familyName.getValue(), givenNames.getValue(), familyNameCyrillic.getValue(),
                givenNamesCyrillic.getValue(), birthDate.getValue(), identityNumber.getValue(),
                documentNumber.getValue());
    }

    void showErrors(ValidationException exception) {
        FormErrors.show(exception, fields());
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("familyName", familyName);
        fields.put("givenNames", givenNames);
        fields.put("familyNameCyrillic", familyNameCyrillic);
        fields.put("givenNamesCyrillic", givenNamesCyrillic);
        fields.put("birthDate", birthDate);
        fields.put("sex", sex);
        fields.put("citizenships", citizenships);
        fields.put("languages", languages);
        fields.put("phone", phone);
        fields.put("identityNumber", identityNumber);
        fields.put("arrivalDate", arrivalDate);
        fields.put("documentType", documentType);
        fields.put("documentNumber", documentNumber);
        fields.put("documentCountry", documentCountry);
        fields.put("registeredOn", registeredOn);
        fields.put("policeDistrict", policeDistrict);
        fields.put("asylumCardNumber", asylumCard);
        fields.put("needsNote", needsNote);
        fields.put("site", site);
        fields.put("privateAddress", privateAddress);
        fields.put("relation", relation);
        return fields;
    }

    private static List<String> codes(TextField field, boolean upper) {
        return Arrays.stream(field.getValue().split("[,; ]+")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> upper ? s.toUpperCase() : s.toLowerCase()).distinct().toList();
    }
}
