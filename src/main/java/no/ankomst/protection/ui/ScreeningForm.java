package no.ankomst.protection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.FormErrors;
import no.ankomst.base.ui.FormSection;
import no.ankomst.protection.ScreeningAnswer;
import no.ankomst.protection.ScreeningFacts;
import no.ankomst.protection.ScreeningRecords.QualifyingCandidate;
import no.ankomst.protection.ScreeningRecords.ScreeningInput;
import no.ankomst.protection.UkrainianOblast;
import org.jspecify.annotations.Nullable;

/**
 * The facts of a screening in the order staff ask them. Every yes/no fact can be "not known"; a date that
 * belongs to a "yes" is only open while the answer is yes. Saving raises a {@link SaveEvent} with the input.
 */
public class ScreeningForm extends VerticalLayout {

    final DatePicker applicationDate = date(ScreeningFacts.APPLICATION_DATE, "screening-application-date");
    final TextField citizenships = new TextField();
    final Checkbox stateless = new Checkbox();
    final DatePicker birthDate = date(ScreeningFacts.BIRTH_DATE, "screening-birth-date");
    final Select<ScreeningAnswer> livedInUkraine = answer(ScreeningFacts.LIVED_IN_UKRAINE, "screening-lived-in-ukraine");
    final DatePicker leftUkraineOn = date(ScreeningFacts.LEFT_UKRAINE_ON, "screening-left-ukraine-on");
    final IntegerField daysAbroad = new IntegerField();
    final ComboBox<UkrainianOblast> oblast = new ComboBox<>();
    final Select<ScreeningAnswer> legalResidence = answer(ScreeningFacts.LEGAL_RESIDENCE, "screening-legal-residence");
    final DatePicker residenceFrom = date(ScreeningFacts.LEGAL_RESIDENCE_FROM, "screening-residence-from");
    final DatePicker residenceExpires = date(ScreeningFacts.LEGAL_RESIDENCE_EXPIRES, "screening-residence-expires");
    final Select<ScreeningAnswer> protection = answer(ScreeningFacts.PROTECTION_IN_UKRAINE, "screening-protection");
    final DatePicker protectionGrantedOn = date(ScreeningFacts.PROTECTION_GRANTED_ON, "screening-protection-granted-on");
    final FamilyLinkFields family;
    final Select<ScreeningAnswer> safeThirdCountry = answer(ScreeningFacts.SAFE_THIRD_COUNTRY, "screening-safe-third-country");
    final Select<ScreeningAnswer> protectionEnded = answer(ScreeningFacts.PROTECTION_ENDED, "screening-protection-ended");
    final DatePicker protectionEndedOn = date(ScreeningFacts.PROTECTION_ENDED_ON, "screening-protection-ended-on");
    final Button save = new Button();

    public ScreeningForm(List<QualifyingCandidate> candidates) {
        setId("screening-form");
        setPadding(false);
        citizenships.setLabel(getTranslation("field.citizenships"));
        citizenships.setId("screening-citizenships");
        citizenships.setHelperText(getTranslation("reg.codes.help"));
        stateless.setLabel(getTranslation("screening.stateless"));
        stateless.setId("screening-stateless");
        stateless.addValueChangeListener(e -> citizenships.setEnabled(!e.getValue()));
        add(section("screening.section.application", applicationDate, citizenships, stateless, birthDate));

        daysAbroad.setLabel(getTranslation("field." + ScreeningFacts.DAYS_ABROAD));
        daysAbroad.setId("screening-days-abroad");
        daysAbroad.setHelperText(getTranslation("screening.daysAbroad.help"));
        daysAbroad.setMin(0);
        oblast.setLabel(getTranslation("field." + ScreeningFacts.OBLAST));
        oblast.setId("screening-oblast");
        oblast.setItems(UkrainianOblast.values());
        oblast.setItemLabelGenerator(o -> getTranslation(o.i18nKey()));
        oblast.setClearButtonVisible(true);
        add(section("screening.section.ukraine", livedInUkraine, leftUkraineOn, daysAbroad, oblast));

        opensOnYes(legalResidence, residenceFrom, residenceExpires);
        add(section("screening.section.norway", legalResidence, residenceFrom, residenceExpires));
        opensOnYes(protection, protectionGrantedOn);
        add(section("screening.section.protection", protection, protectionGrantedOn));

        family = new FamilyLinkFields(candidates);
        add(FormSection.titled(getTranslation("screening.section.family"), family));

        opensOnYes(protectionEnded, protectionEndedOn);
        add(section("screening.section.later", safeThirdCountry, protectionEnded, protectionEndedOn));

        save.setText(getTranslation("screening.save"));
        save.setId("screening-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            // the one fact without which there is nothing to screen; the service names every other problem
            if (applicationDate.isEmpty()) {
                applicationDate.setErrorMessage(getTranslation("validation.required"));
                applicationDate.setInvalid(true);
                return;
            }
            fireEvent(new SaveEvent(this, value()));
        });
        add(save);
        applicationDate.focus();
    }

    /** Fills the form; {@code qualifyingPersonId} picks that household member as the qualifying person. */
    public void setFacts(ScreeningFacts facts, @Nullable Long qualifyingPersonId) {
        applicationDate.setValue(facts.applicationDate());
        stateless.setValue(facts.citizenships() != null && facts.citizenships().isEmpty());
        citizenships.setValue(facts.citizenships() == null ? "" : String.join(", ", facts.citizenships()));
        birthDate.setValue(facts.birthDate());
        livedInUkraine.setValue(facts.livedInUkraine());
        leftUkraineOn.setValue(facts.leftUkraineOn());
        daysAbroad.setValue(facts.daysAbroadBeforeCutOff());
        oblast.setValue(facts.oblast());
        legalResidence.setValue(facts.legalResidenceInNorway());
        residenceFrom.setValue(facts.legalResidenceFrom());
        residenceExpires.setValue(facts.legalResidenceExpires());
        protection.setValue(facts.protectionInUkraine());
        protectionGrantedOn.setValue(facts.protectionInUkraineGrantedOn());
        family.fill(facts.familyLink(), qualifyingPersonId);
        safeThirdCountry.setValue(facts.safeThirdCountryCitizen());
        protectionEnded.setValue(facts.earlierProtectionEnded());
        protectionEndedOn.setValue(facts.earlierProtectionEndedOn());
    }

    /** What is typed now (with an application date). */
    ScreeningInput value() {
        ScreeningFacts facts = ScreeningFacts.on(applicationDate.getValue())
                .citizenships(citizenshipCodes())
                .birthDate(birthDate.getValue())
                .livedInUkraine(orUnknown(livedInUkraine))
                .leftUkraineOn(leftUkraineOn.getValue())
                .daysAbroadBeforeCutOff(daysAbroad.getValue())
                .oblast(oblast.getValue())
                .legalResidenceInNorway(orUnknown(legalResidence))
                .legalResidenceFrom(residenceFrom.getValue())
                .legalResidenceExpires(residenceExpires.getValue())
                .protectionInUkraine(orUnknown(protection))
                .protectionInUkraineGrantedOn(protectionGrantedOn.getValue())
                .familyLink(family.value())
                .safeThirdCountryCitizen(orUnknown(safeThirdCountry))
                .earlierProtectionEnded(orUnknown(protectionEnded))
                .earlierProtectionEndedOn(protectionEndedOn.getValue())
                .build();
        return new ScreeningInput(facts, family.qualifyingPersonId());
    }

    public void showErrors(ValidationException exception) {
        FormErrors.show(exception, fields());
    }

    public void setReadOnly(boolean readOnly) {
        fields().values().forEach(field -> ((com.vaadin.flow.component.HasValue<?, ?>) field).setReadOnly(readOnly));
        stateless.setReadOnly(readOnly);
        save.setVisible(!readOnly);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** Staff asked to screen with these facts. */
    public static final class SaveEvent extends ComponentEvent<ScreeningForm> {
        private final ScreeningInput input;

        SaveEvent(ScreeningForm source, ScreeningInput input) {
            super(source, false);
            this.input = input;
        }

        public ScreeningInput input() {
            return input;
        }
    }

    private @Nullable List<String> citizenshipCodes() {
        if (stateless.getValue()) {
            return List.of();
        }
        List<String> codes = Arrays.stream(citizenships.getValue().split("[,; ]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(String::toUpperCase).distinct().toList();
        return codes.isEmpty() ? null : codes;
    }

    /** A date that belongs to a "yes": open only while the answer is yes, emptied otherwise. */
    private static void opensOnYes(Select<ScreeningAnswer> answer, DatePicker... dates) {
        answer.addValueChangeListener(e -> {
            boolean yes = e.getValue() == ScreeningAnswer.YES;
            for (DatePicker date : dates) {
                date.setEnabled(yes);
                if (!yes) {
                    date.clear();
                }
            }
        });
        for (DatePicker date : dates) {
            date.setEnabled(answer.getValue() == ScreeningAnswer.YES);
        }
    }

    static ScreeningAnswer orUnknown(Select<ScreeningAnswer> select) {
        return select.getValue() == null ? ScreeningAnswer.UNKNOWN : select.getValue();
    }

    private DatePicker date(String fact, String id) {
        DatePicker picker = Dates.picker(getTranslation("field." + fact));
        picker.setId(id);
        return picker;
    }

    private Select<ScreeningAnswer> answer(String fact, String id) {
        return answer(this, fact, id);
    }

    /** A yes / no / not known fact, "not known" until answered; {@code host} translates. */
    static Select<ScreeningAnswer> answer(Component host, String fact, String id) {
        Select<ScreeningAnswer> select = new Select<>();
        select.setLabel(host.getTranslation("field." + fact));
        select.setId(id);
        select.setItems(ScreeningAnswer.values());
        select.setItemLabelGenerator(a -> host.getTranslation("screening.answer." + a.name()));
        select.setValue(ScreeningAnswer.UNKNOWN);
        return select;
    }

    private VerticalLayout section(String titleKey, Component... fields) {
        return FormSection.of(getTranslation(titleKey), fields);
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put(ScreeningFacts.APPLICATION_DATE, applicationDate);
        fields.put(ScreeningFacts.CITIZENSHIPS, citizenships);
        fields.put(ScreeningFacts.BIRTH_DATE, birthDate);
        fields.put(ScreeningFacts.LIVED_IN_UKRAINE, livedInUkraine);
        fields.put(ScreeningFacts.LEFT_UKRAINE_ON, leftUkraineOn);
        fields.put(ScreeningFacts.DAYS_ABROAD, daysAbroad);
        fields.put(ScreeningFacts.OBLAST, oblast);
        fields.put(ScreeningFacts.LEGAL_RESIDENCE, legalResidence);
        fields.put(ScreeningFacts.LEGAL_RESIDENCE_FROM, residenceFrom);
        fields.put(ScreeningFacts.LEGAL_RESIDENCE_EXPIRES, residenceExpires);
        fields.put(ScreeningFacts.PROTECTION_IN_UKRAINE, protection);
        fields.put(ScreeningFacts.PROTECTION_GRANTED_ON, protectionGrantedOn);
        family.putFields(fields);
        fields.put(ScreeningFacts.SAFE_THIRD_COUNTRY, safeThirdCountry);
        fields.put(ScreeningFacts.PROTECTION_ENDED, protectionEnded);
        fields.put(ScreeningFacts.PROTECTION_ENDED_ON, protectionEndedOn);
        return fields;
    }
}
