package no.ankomst.residents.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import no.ankomst.base.ui.Dates;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ankomst.base.ui.FormSection;
import no.ankomst.residents.Need;
import no.ankomst.residents.ResidentRecords;
import no.ankomst.residents.Sex;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a person, written once for registration and edit: names in both scripts, birth date, sex,
 * citizenships, languages, phone, identity number and arrival date (this layout), and needs with their
 * note ({@link #needs()}, which the forms place in a section of its own); their binding to a
 * {@link ResidentRecords.PersonFields} both ways; and which field a violation the services name after that
 * record's components marks. Ids are {@code <prefix>-family-name} and so on.
 */
class PersonFields extends FormLayout {

    private final TextField familyName;
    private final TextField givenNames;
    private final TextField familyNameCyrillic;
    private final TextField givenNamesCyrillic;
    private final DatePicker birthDate = Dates.picker(getTranslation("field.birthDate"));
    private final Select<Sex> sex = new Select<>();
    private final TextField citizenships;
    private final TextField languages;
    private final TextField phone;
    private final TextField identityNumber;
    private final DatePicker arrivalDate = Dates.picker(getTranslation("field.arrivalDate"));
    private final CheckboxGroup<Need> needs = new CheckboxGroup<>(getTranslation("field.needs"));
    private final TextArea needsNote = new TextArea(getTranslation("field.needsNote"));
    private final FormLayout needsLayout;

    PersonFields(String idPrefix) {
        familyName = field("familyName", idPrefix + "-family-name");
        givenNames = field("givenNames", idPrefix + "-given-names");
        familyNameCyrillic = field("familyNameCyrillic", idPrefix + "-family-name-cyrillic");
        givenNamesCyrillic = field("givenNamesCyrillic", idPrefix + "-given-names-cyrillic");
        birthDate.setId(idPrefix + "-birth-date");
        sex.setLabel(getTranslation("field.sex"));
        sex.setId(idPrefix + "-sex");
        sex.setItems(Sex.values());
        sex.setItemLabelGenerator(s -> getTranslation("sex." + s.name()));
        citizenships = field("citizenships", idPrefix + "-citizenships");
        citizenships.setHelperText(getTranslation("reg.codes.help"));
        languages = field("languages", idPrefix + "-languages");
        phone = field("phone", idPrefix + "-phone");
        identityNumber = field("identityNumber", idPrefix + "-identity-number");
        arrivalDate.setId(idPrefix + "-arrival-date");
        needs.setId(idPrefix + "-needs");
        needs.setItems(Need.values());
        needs.setItemLabelGenerator(n -> getTranslation("need." + n.name()));
        needsNote.setId(idPrefix + "-needs-note");
        needsNote.setMaxLength(1000);
        FormSection.columns(this);
        add(familyName, givenNames, familyNameCyrillic, givenNamesCyrillic, birthDate, sex, citizenships, languages,
                phone, identityNumber, arrivalDate);
        needsLayout = FormSection.columns(needs, needsNote);
        familyName.focus();
    }

    /** The needs and their note, for the form's needs section. */
    FormLayout needs() {
        return needsLayout;
    }

    /** A new person: from Ukraine, speaking Ukrainian, and the household's surname when joining one. */
    void startNew(@Nullable String familyNameOfHousehold) {
        familyName.setValue(familyNameOfHousehold == null ? "" : familyNameOfHousehold);
        citizenships.setValue("UA");
        languages.setValue("uk");
    }

    void fill(ResidentRecords.PersonFields p) {
        familyName.setValue(p.familyName());
        givenNames.setValue(p.givenNames());
        familyNameCyrillic.setValue(orEmpty(p.familyNameCyrillic()));
        givenNamesCyrillic.setValue(orEmpty(p.givenNamesCyrillic()));
        birthDate.setValue(p.birthDate());
        sex.setValue(p.sex());
        citizenships.setValue(String.join(", ", p.citizenships()));
        languages.setValue(String.join(", ", p.languages()));
        phone.setValue(orEmpty(p.phone()));
        identityNumber.setValue(orEmpty(p.identityNumber()));
        arrivalDate.setValue(p.arrivalDate());
        needs.setValue(p.needs());
        needsNote.setValue(orEmpty(p.needsNote()));
    }

    ResidentRecords.PersonFields value() {
        return new Values(familyName.getValue(), givenNames.getValue(), familyNameCyrillic.getValue(),
                givenNamesCyrillic.getValue(), birthDate.getValue(), sex.getValue(), codes(citizenships, true),
                codes(languages, false), phone.getValue(), needs.getValue(), needsNote.getValue(),
                arrivalDate.getValue(), identityNumber.getValue());
    }

    /** The fields that tell who someone is, which the duplicate check reads while they are typed. */
    List<HasValue<?, ?>> identifying() {
        return List.of(familyName, givenNames, familyNameCyrillic, givenNamesCyrillic, birthDate, identityNumber);
    }

    /** Adds this component's fields under the names the services' violations use. */
    void putFields(Map<String, HasValidation> fields) {
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
        fields.put("needs", needs);
        fields.put("needsNote", needsNote);
    }

    private TextField field(String key, String id) {
        TextField field = new TextField(getTranslation("field." + key));
        field.setId(id);
        return field;
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static List<String> codes(TextField field, boolean upper) {
        return Arrays.stream(field.getValue().split("[,; ]+")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> upper ? s.toUpperCase() : s.toLowerCase()).distinct().toList();
    }

    private record Values(String familyName, String givenNames, @Nullable String familyNameCyrillic,
                          @Nullable String givenNamesCyrillic, @Nullable LocalDate birthDate, @Nullable Sex sex,
                          List<String> citizenships, List<String> languages, @Nullable String phone, Set<Need> needs,
                          @Nullable String needsNote, @Nullable LocalDate arrivalDate, @Nullable String identityNumber)
            implements ResidentRecords.PersonFields {
    }
}
