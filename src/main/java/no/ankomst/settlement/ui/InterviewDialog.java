package no.ankomst.settlement.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.FormErrors;
import no.ankomst.base.ui.FormKeys;
import no.ankomst.base.ui.Notifications;
import no.ankomst.reference.Municipality;
import no.ankomst.settlement.InterviewRecords.AdultAnswers;
import no.ankomst.settlement.InterviewRecords.HouseholdSettlement;
import no.ankomst.settlement.InterviewRecords.Interview;
import no.ankomst.settlement.InterviewRecords.InterviewForm;
import no.ankomst.settlement.InterviewRecords.Member;
import no.ankomst.settlement.ServiceNeed;
import no.ankomst.settlement.SettlementInterviewService;
import org.jspecify.annotations.Nullable;

/**
 * Holds or edits a household's settlement interview: housing needs, family ties and wishes (municipalities), needs
 * for services near home as functional needs with consent, and per adult education, work and languages.
 */
class InterviewDialog extends Dialog {

    private final SettlementInterviewService interviews;
    private final HouseholdSettlement household;
    private final Runnable saved;
    private final DatePicker heldOn = Dates.picker();
    private final IntegerField rooms = new IntegerField();
    private final Checkbox accessible = new Checkbox();
    private final MultiSelectComboBox<Municipality> familyTies = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Municipality> wishes = new MultiSelectComboBox<>();
    private final CheckboxGroup<ServiceNeed> services = new CheckboxGroup<>();
    private final Checkbox consent = new Checkbox();
    private final TextArea summary = new TextArea();
    private final List<AdultFields> adults = new ArrayList<>();

    /** The fields of one adult. */
    private record AdultFields(Member member, TextField education, TextField work, TextField languages) {
    }

    InterviewDialog(SettlementInterviewService interviews, List<Municipality> municipalities,
                    HouseholdSettlement household, Runnable saved) {
        this.interviews = interviews;
        this.household = household;
        this.saved = saved;
        setId("settlement-interview-dialog");
        setHeaderTitle(getTranslation("settlement.interview.title"));
        add(form(municipalities));
        fill(household.interview(), municipalities);
        Button save = new Button(getTranslation("action.save"), event -> save());
        save.setId("settlement-interview-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        FormKeys.install(this, save, this::close);
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        getFooter().add(cancel, save);
    }

    private FormLayout form(List<Municipality> municipalities) {
        heldOn.setLabel(getTranslation("settlement.field.heldOn"));
        heldOn.setId("settlement-interview-held-on");
        rooms.setLabel(getTranslation("settlement.field.roomsNeeded"));
        rooms.setId("settlement-interview-rooms");
        rooms.setMin(1);
        rooms.setMax(20);
        accessible.setLabel(getTranslation("settlement.field.needsAccessible"));
        accessible.setId("settlement-interview-accessible");
        for (var box : List.of(familyTies, wishes)) {
            box.setItems(municipalities);
            box.setItemLabelGenerator(Municipality::label);
        }
        familyTies.setLabel(getTranslation("settlement.field.familyTies"));
        familyTies.setId("settlement-interview-family-ties");
        wishes.setLabel(getTranslation("settlement.field.wishes"));
        wishes.setId("settlement-interview-wishes");
        services.setLabel(getTranslation("settlement.field.neededServices"));
        services.setHelperText(getTranslation("settlement.field.neededServices.help"));
        services.setId("settlement-interview-services");
        services.setItems(ServiceNeed.values());
        services.setItemLabelGenerator(need -> getTranslation(need.i18nKey()));
        consent.setLabel(getTranslation("settlement.field.servicesConsent"));
        consent.setId("settlement-interview-consent");
        summary.setLabel(getTranslation("settlement.field.summary"));
        summary.setMaxLength(4000);
        FormLayout form = new FormLayout(heldOn, rooms, accessible, familyTies, wishes, services, consent, summary);
        for (Member member : household.members()) {
            if (!member.adult()) {
                continue;
            }
            AdultFields fields = new AdultFields(member, new TextField(getTranslation("settlement.field.education")),
                    new TextField(getTranslation("settlement.field.workExperience")),
                    new TextField(getTranslation("settlement.field.languages")));
            fields.languages().setHelperText(getTranslation("settlement.field.languages.help"));
            fields.education().setMaxLength(1000);
            fields.work().setMaxLength(1000);
            form.add(new H4(member.name()), 2);
            form.add(fields.education(), fields.work(), fields.languages());
            adults.add(fields);
        }
        return form;
    }

    private void fill(@Nullable Interview interview, List<Municipality> municipalities) {
        if (interview == null) {
            return;
        }
        heldOn.setValue(interview.heldOn());
        rooms.setValue(interview.roomsNeeded());
        accessible.setValue(interview.needsAccessible());
        familyTies.setValue(municipalities.stream().filter(m -> interview.familyTies().contains(m.code()))
                .collect(Collectors.toSet()));
        wishes.setValue(municipalities.stream().filter(m -> interview.wishes().contains(m.code()))
                .collect(Collectors.toSet()));
        services.setValue(Arrays.stream(ServiceNeed.values()).filter(n -> interview.neededServices().contains(n.name()))
                .collect(Collectors.toSet()));
        consent.setValue(interview.servicesConsent());
        summary.setValue(interview.summary() == null ? "" : interview.summary());
        for (AdultFields fields : adults) {
            interview.adults().stream().filter(a -> a.personId() == fields.member().personId()).findFirst()
                    .ifPresent(answers -> {
                        fields.education().setValue(answers.education() == null ? "" : answers.education());
                        fields.work().setValue(answers.workExperience() == null ? "" : answers.workExperience());
                        fields.languages().setValue(String.join(", ", answers.languages().stream().sorted().toList()));
                    });
        }
    }

    private void save() {
        Interview before = household.interview();
        List<AdultAnswers> answers = adults.stream().map(fields -> new AdultAnswers(fields.member().personId(),
                fields.education().getValue(), fields.work().getValue(), languages(fields.languages().getValue())))
                .toList();
        InterviewForm form = new InterviewForm(household.householdId(), before == null ? null : before.version(),
                heldOn.getValue(), rooms.getValue(), accessible.getValue(), codes(familyTies.getValue()),
                codes(wishes.getValue()), services.getValue().stream().map(Enum::name).collect(Collectors.toSet()),
                consent.getValue(), summary.getValue(), answers);
        try {
            interviews.save(form);
            Notifications.success(getTranslation("settlement.interview.saved"));
            close();
            saved.run();
        } catch (ValidationException invalid) {
            FormErrors.show(invalid, fields());
        } catch (ConflictException conflict) {
            Notifications.error(getTranslation("error.conflict"));
        }
    }

    private static Set<String> languages(String text) {
        return Arrays.stream(text.split("[,\\s]+")).map(String::strip).map(String::toLowerCase)
                .filter(code -> !code.isEmpty()).collect(Collectors.toSet());
    }

    private static Set<String> codes(Set<Municipality> chosen) {
        return chosen.stream().map(Municipality::code).collect(Collectors.toSet());
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("heldOn", heldOn);
        fields.put("roomsNeeded", rooms);
        fields.put("familyTies", familyTies);
        fields.put("wishes", wishes);
        fields.put("neededServices", services);
        fields.put("summary", summary);
        if (!adults.isEmpty()) {
            fields.put("education", adults.getFirst().education());
            fields.put("workExperience", adults.getFirst().work());
            fields.put("languages", adults.getFirst().languages());
        }
        return fields;
    }
}
