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
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
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
import no.ankomst.base.ui.FormKeys;
import no.ankomst.protection.ScreeningAnswer;
import no.ankomst.protection.ScreeningFacts;
import no.ankomst.protection.ScreeningFacts.FamilyLink;
import no.ankomst.protection.ScreeningOutcome;
import no.ankomst.protection.ScreeningRecords.QualifyingCandidate;
import no.ankomst.protection.ScreeningRecords.ScreeningInput;
import no.ankomst.protection.ScreeningRelation;
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
    final Select<ScreeningRelation> relation = new Select<>();
    final Select<QualifyingCandidate> qualifyingPerson = new Select<>();
    final Select<ScreeningOutcome> qualifyingOutcome = new Select<>();
    final Select<ScreeningAnswer> sameHousehold = answer(ScreeningFacts.SAME_HOUSEHOLD, "screening-same-household");
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

        relation.setLabel(getTranslation("field." + ScreeningFacts.FAMILY_RELATION));
        relation.setId("screening-relation");
        relation.setItems(ScreeningRelation.values());
        relation.setEmptySelectionAllowed(true);
        relation.setEmptySelectionCaption(getTranslation("screening.noFamilyLink"));
        relation.setItemLabelGenerator(r -> r == null ? getTranslation("screening.noFamilyLink")
                : getTranslation("screening.relation." + r.name()));
        qualifyingPerson.setLabel(getTranslation("field." + ScreeningFacts.QUALIFYING_PERSON));
        qualifyingPerson.setId("screening-qualifying-person");
        qualifyingPerson.setItems(candidates);
        qualifyingPerson.setEmptySelectionAllowed(true);
        qualifyingPerson.setEmptySelectionCaption(getTranslation("screening.qualifyingPerson.notRegistered"));
        qualifyingPerson.setItemLabelGenerator(this::candidateLabel);
        qualifyingOutcome.setLabel(getTranslation("screening.qualifyingPersonOutcome"));
        qualifyingOutcome.setId("screening-qualifying-outcome");
        qualifyingOutcome.setItems(ScreeningOutcome.values());
        qualifyingOutcome.setEmptySelectionAllowed(true);
        qualifyingOutcome.setItemLabelGenerator(o -> o == null ? "" : getTranslation(o.i18nKey()));
        relation.addValueChangeListener(e -> showFamily());
        qualifyingPerson.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue().suggestedRelation() != null && relation.isEmpty()) {
                relation.setValue(e.getValue().suggestedRelation());
            }
            showFamily();
        });
        add(section("screening.section.family", relation, qualifyingPerson, qualifyingOutcome, sameHousehold));

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
        showFamily();
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
        FamilyLink link = facts.familyLink();
        relation.setValue(link == null ? null : link.relation());
        sameHousehold.setValue(link == null ? ScreeningAnswer.UNKNOWN : link.sameHouseholdBeforeCutOff());
        qualifyingPerson.setValue(qualifyingPersonId == null ? null : qualifyingPerson.getListDataView().getItems()
                .filter(c -> c.personId() == qualifyingPersonId).findFirst().orElse(null));
        qualifyingOutcome.setValue(link == null || qualifyingPersonId != null ? null : link.qualifyingPersonOutcome());
        safeThirdCountry.setValue(facts.safeThirdCountryCitizen());
        protectionEnded.setValue(facts.earlierProtectionEnded());
        protectionEndedOn.setValue(facts.earlierProtectionEndedOn());
        showFamily();
    }

    /** What is typed now (with an application date). */
    ScreeningInput value() {
        ScreeningRelation related = relation.getValue();
        QualifyingCandidate candidate = related == null ? null : qualifyingPerson.getValue();
        FamilyLink link = related == null ? null : new FamilyLink(related, orUnknown(sameHousehold),
                candidate == null ? qualifyingOutcome.getValue() : candidate.outcome());
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
                .familyLink(link)
                .safeThirdCountryCitizen(orUnknown(safeThirdCountry))
                .earlierProtectionEnded(orUnknown(protectionEnded))
                .earlierProtectionEndedOn(protectionEndedOn.getValue())
                .build();
        return new ScreeningInput(facts, candidate == null ? null : candidate.personId());
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

    /** The outcome is typed only for a qualifying person not registered here; a registered one brings theirs. */
    private void showFamily() {
        boolean linked = relation.getValue() != null;
        qualifyingPerson.setVisible(linked);
        sameHousehold.setVisible(linked);
        qualifyingOutcome.setVisible(linked && qualifyingPerson.getValue() == null);
    }

    private String candidateLabel(@Nullable QualifyingCandidate candidate) {
        if (candidate == null) {
            return getTranslation("screening.qualifyingPerson.notRegistered");
        }
        return candidate.name() + " · " + (candidate.outcome() == null
                ? getTranslation("screening.qualifyingPerson.notScreened") : getTranslation(candidate.outcome().i18nKey()));
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

    private static ScreeningAnswer orUnknown(Select<ScreeningAnswer> select) {
        return select.getValue() == null ? ScreeningAnswer.UNKNOWN : select.getValue();
    }

    private DatePicker date(String fact, String id) {
        DatePicker picker = Dates.picker(getTranslation("field." + fact));
        picker.setId(id);
        return picker;
    }

    private Select<ScreeningAnswer> answer(String fact, String id) {
        Select<ScreeningAnswer> select = new Select<>();
        select.setLabel(getTranslation("field." + fact));
        select.setId(id);
        select.setItems(ScreeningAnswer.values());
        select.setItemLabelGenerator(a -> getTranslation("screening.answer." + a.name()));
        select.setValue(ScreeningAnswer.UNKNOWN);
        return select;
    }

    private VerticalLayout section(String titleKey, Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 4));
        VerticalLayout section = new VerticalLayout(new H3(getTranslation(titleKey)), form);
        section.setPadding(false);
        section.addClassName("form-section");
        return section;
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
        fields.put(ScreeningFacts.FAMILY_RELATION, relation);
        fields.put(ScreeningFacts.QUALIFYING_PERSON, qualifyingPerson);
        fields.put(ScreeningFacts.SAME_HOUSEHOLD, sameHousehold);
        fields.put(ScreeningFacts.SAFE_THIRD_COUNTRY, safeThirdCountry);
        fields.put(ScreeningFacts.PROTECTION_ENDED, protectionEnded);
        fields.put(ScreeningFacts.PROTECTION_ENDED_ON, protectionEndedOn);
        return fields;
    }
}
