package no.ankomst.settlement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.ankomst.base.ui.Dates;
import no.ankomst.reference.Municipality;
import no.ankomst.reference.MunicipalityService;
import no.ankomst.settlement.InterviewRecords.AdultAnswers;
import no.ankomst.settlement.InterviewRecords.HouseholdSettlement;
import no.ankomst.settlement.InterviewRecords.Interview;
import no.ankomst.settlement.InterviewRecords.Member;
import no.ankomst.settlement.Readiness;
import no.ankomst.settlement.SettlementInterviewService;

/** The household's pipeline state (what is missing, the target) and its interview, with hold/edit for centre staff. */
class SettlementPanel extends VerticalLayout {

    private final SettlementInterviewService interviews;
    private final MunicipalityService municipalities;
    private final long personId;

    SettlementPanel(SettlementInterviewService interviews, MunicipalityService municipalities, long personId) {
        this.interviews = interviews;
        this.municipalities = municipalities;
        this.personId = personId;
        setId("settlement-panel");
        setPadding(false);
        show();
    }

    private void show() {
        removeAll();
        HouseholdSettlement household = interviews.forPerson(personId);
        Readiness readiness = household.readiness();
        Span state = new Span(getTranslation(readiness.state().i18nKey()));
        if (household.state() != null) {
            state.setText(getTranslation(household.state().i18nKey()));
        }
        state.setId("settlement-state");
        add(new H3(getTranslation("settlement.pipeline.title")), state);
        for (String missing : readiness.missingKeys()) {
            add(new Paragraph(getTranslation("settlement.missing") + " " + getTranslation(missing)));
        }
        if (readiness.targetDate() != null) {
            Span target = new Span(getTranslation("settlement.target", Dates.format(readiness.targetDate()),
                    Dates.format(readiness.permitGrantedOn())));
            target.setId("settlement-target");
            add(target);
        }
        Interview interview = household.interview();
        add(new H3(getTranslation("settlement.interview.title")));
        if (interview == null) {
            add(new Paragraph(getTranslation("settlement.interview.none")));
        } else {
            showInterview(household, interview);
        }
        if (household.mayHoldInterview()) {
            Button hold = new Button(getTranslation(interview == null ? "settlement.interview.hold"
                    : "settlement.interview.edit"), event -> openDialog(household));
            hold.setId("settlement-interview-hold");
            add(hold);
        }
    }

    private void showInterview(HouseholdSettlement household, Interview interview) {
        Map<String, String> names = municipalities.all().stream()
                .collect(Collectors.toMap(Municipality::code, Municipality::name));
        Map<Long, String> people = household.members().stream()
                .collect(Collectors.toMap(Member::personId, Member::name));
        Paragraph held = new Paragraph(getTranslation("settlement.interview.held", Dates.format(interview.heldOn()),
                interview.heldBy()));
        held.setId("settlement-interview-held");
        add(held);
        add(new Paragraph(getTranslation("settlement.interview.housing", interview.roomsNeeded(),
                getTranslation(interview.needsAccessible() ? "yes" : "no"))));
        add(new Paragraph(getTranslation("settlement.field.familyTies") + ": " + join(interview.familyTies(), names::get)));
        add(new Paragraph(getTranslation("settlement.field.wishes") + ": " + join(interview.wishes(), names::get)));
        add(new Paragraph(getTranslation("settlement.field.neededServices") + ": "
                + join(interview.neededServices(), code -> getTranslation("settlement.service." + code))));
        for (AdultAnswers adult : interview.adults()) {
            add(new Paragraph(people.getOrDefault(adult.personId(), "#" + adult.personId()) + ": "
                    + String.join(" · ", nonBlank(adult.education()), nonBlank(adult.workExperience()),
                    String.join(", ", adult.languages().stream().sorted().toList()))));
        }
        if (interview.summary() != null) {
            add(new Paragraph(interview.summary()));
        }
    }

    private static String nonBlank(@org.jspecify.annotations.Nullable String text) {
        return text == null ? "–" : text;
    }

    private String join(Collection<String> codes, Function<String, String> name) {
        return codes.isEmpty() ? "–" : codes.stream().map(code -> {
            String n = name.apply(code);
            return n == null ? code : n;
        }).sorted().collect(Collectors.joining(", "));
    }

    private void openDialog(HouseholdSettlement household) {
        InterviewDialog dialog = new InterviewDialog(interviews, municipalities.all(), household, this::show);
        dialog.open();
    }
}
