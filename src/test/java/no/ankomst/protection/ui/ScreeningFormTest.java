package no.ankomst.protection.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.ankomst.protection.ScreeningAnswer;
import no.ankomst.protection.ScreeningFacts;
import no.ankomst.protection.ScreeningFacts.FamilyLink;
import no.ankomst.protection.ScreeningOutcome;
import no.ankomst.protection.ScreeningRecords.QualifyingCandidate;
import no.ankomst.protection.ScreeningRecords.ScreeningInput;
import no.ankomst.protection.ScreeningRelation;
import no.ankomst.protection.UkrainianOblast;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The form on its own, without Spring: what is typed comes out of the save event as screening facts. */
@ViewPackages(packages = "no.ankomst.protection.ui.none")
class ScreeningFormTest extends BrowserlessTest {

    private static final QualifyingCandidate MOTHER = new QualifyingCandidate(41, "Kovalenko, Oksana",
            ScreeningOutcome.LIKELY_QUALIFIES, ScreeningRelation.CHILD);

    private final List<ScreeningInput> saved = new ArrayList<>();
    private ScreeningForm form;

    @BeforeEach
    void openForm() {
        form = new ScreeningForm(List.of(MOTHER));
        form.addSaveListener(event -> saved.add(event.input()));
        UI.getCurrent().add(form);
    }

    @Test
    void the_typed_facts_come_out_of_the_save_event() {
        form.applicationDate.setValue(LocalDate.of(2024, 5, 10));
        form.citizenships.setValue("ua, pl");
        form.livedInUkraine.setValue(ScreeningAnswer.YES);
        form.leftUkraineOn.setValue(LocalDate.of(2022, 3, 5));
        form.oblast.setValue(UkrainianOblast.KHARKIV);
        form.safeThirdCountry.setValue(ScreeningAnswer.NO);

        test(form.save).click();

        assertThat(saved).singleElement().satisfies(input -> {
            ScreeningFacts facts = input.facts();
            assertThat(facts.applicationDate()).isEqualTo(LocalDate.of(2024, 5, 10));
            assertThat(facts.citizenships()).containsExactly("UA", "PL");
            assertThat(facts.livedInUkraine()).isEqualTo(ScreeningAnswer.YES);
            assertThat(facts.leftUkraineOn()).isEqualTo(LocalDate.of(2022, 3, 5));
            assertThat(facts.oblast()).isEqualTo(UkrainianOblast.KHARKIV);
            assertThat(facts.safeThirdCountryCitizen()).isEqualTo(ScreeningAnswer.NO);
            assertThat(facts.legalResidenceInNorway()).isEqualTo(ScreeningAnswer.UNKNOWN);
            assertThat(facts.familyLink()).isNull();
            assertThat(input.qualifyingPersonId()).isNull();
        });
    }

    @Test
    void without_an_application_date_nothing_is_sent_and_the_field_says_why() {
        test(form.save).click();

        assertThat(saved).isEmpty();
        assertThat(form.applicationDate.isInvalid()).isTrue();
    }

    @Test
    void a_family_link_to_a_household_member_sends_their_id_and_their_own_result() {
        form.applicationDate.setValue(LocalDate.of(2024, 5, 10));
        assertThat(form.family.qualifyingPerson.isVisible()).as("no family link, no qualifying person").isFalse();

        form.family.relation.setValue(ScreeningRelation.CHILD);
        form.family.qualifyingPerson.setValue(MOTHER);
        form.family.sameHousehold.setValue(ScreeningAnswer.YES);
        test(form.save).click();

        assertThat(saved).singleElement().satisfies(input -> {
            assertThat(input.qualifyingPersonId()).isEqualTo(41L);
            assertThat(input.facts().familyLink()).isEqualTo(new FamilyLink(ScreeningRelation.CHILD,
                    ScreeningAnswer.YES, ScreeningOutcome.LIKELY_QUALIFIES));
        });
        assertThat(form.family.qualifyingOutcome.isVisible()).as("a registered person brings their own result").isFalse();
    }

    @Test
    void a_household_member_picked_first_fills_in_the_relation() {
        form.family.relation.setValue(ScreeningRelation.SIBLING);
        form.family.relation.clear();
        form.family.qualifyingPerson.setValue(MOTHER);

        assertThat(form.family.relation.getValue()).isEqualTo(ScreeningRelation.CHILD);
    }

    @Test
    void a_date_that_belongs_to_a_yes_opens_only_with_yes_and_is_emptied_otherwise() {
        assertThat(form.protectionGrantedOn.isEnabled()).isFalse();
        form.protection.setValue(ScreeningAnswer.YES);
        form.protectionGrantedOn.setValue(LocalDate.of(2019, 1, 1));
        assertThat(form.protectionGrantedOn.isEnabled()).isTrue();

        form.protection.setValue(ScreeningAnswer.NO);

        assertThat(form.protectionGrantedOn.isEnabled()).isFalse();
        assertThat(form.protectionGrantedOn.getValue()).isNull();
    }

    @Test
    void stateless_is_an_empty_citizenship_and_an_empty_field_is_unknown() {
        form.applicationDate.setValue(LocalDate.of(2024, 5, 10));
        test(form.save).click();
        form.stateless.setValue(true);
        test(form.save).click();

        assertThat(saved).extracting(input -> input.facts().citizenships()).containsExactly(null, List.of());
    }

    @Test
    void facts_put_into_the_form_come_back_unchanged() {
        ScreeningFacts facts = ScreeningFacts.on(LocalDate.of(2024, 10, 1)).citizenships("UA").birthDate(
                        LocalDate.of(2010, 2, 3)).livedInUkraine(ScreeningAnswer.YES).daysAbroadBeforeCutOff(12)
                .legalResidence(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 11, 1))
                .protectionInUkraine(ScreeningAnswer.NO).safeThirdCountryCitizen(ScreeningAnswer.NO)
                .oblast(UkrainianOblast.LVIV).earlierProtectionEnded(ScreeningAnswer.YES)
                .earlierProtectionEndedOn(LocalDate.of(2023, 6, 1))
                .familyLink(new FamilyLink(ScreeningRelation.PARENT, ScreeningAnswer.YES,
                        ScreeningOutcome.INFORMATION_MISSING)).build();

        form.setFacts(facts, null);
        test(form.save).click();

        assertThat(saved).singleElement().extracting(ScreeningInput::facts).isEqualTo(facts);
    }

    @Test
    void read_only_hides_saving() {
        form.setReadOnly(true);

        assertThat(form.save.isVisible()).isFalse();
        assertThat(form.applicationDate.isReadOnly()).isTrue();
    }
}
