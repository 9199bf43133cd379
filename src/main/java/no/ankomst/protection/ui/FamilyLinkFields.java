package no.ankomst.protection.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import no.ankomst.base.ui.FormSection;
import no.ankomst.protection.ScreeningAnswer;
import no.ankomst.protection.ScreeningFacts;
import no.ankomst.protection.ScreeningFacts.FamilyLink;
import no.ankomst.protection.ScreeningOutcome;
import no.ankomst.protection.ScreeningRecords.QualifyingCandidate;
import no.ankomst.protection.ScreeningRelation;
import org.jspecify.annotations.Nullable;

/**
 * The screening's family link: how the person is related to someone who qualifies, who that is (a household
 * member registered here, whose own result counts, or someone not registered, whose outcome is typed) and
 * whether they shared a household before the cut-off.
 */
class FamilyLinkFields extends FormLayout {

    final Select<ScreeningRelation> relation = new Select<>();
    final Select<QualifyingCandidate> qualifyingPerson = new Select<>();
    final Select<ScreeningOutcome> qualifyingOutcome = new Select<>();
    final Select<ScreeningAnswer> sameHousehold = ScreeningForm.answer(this, ScreeningFacts.SAME_HOUSEHOLD,
            "screening-same-household");

    FamilyLinkFields(List<QualifyingCandidate> candidates) {
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
        FormSection.columns(this);
        add(relation, qualifyingPerson, qualifyingOutcome, sameHousehold);
        showFamily();
    }

    /** {@code qualifyingPersonId} picks that household member as the qualifying person. */
    void fill(@Nullable FamilyLink link, @Nullable Long qualifyingPersonId) {
        relation.setValue(link == null ? null : link.relation());
        sameHousehold.setValue(link == null ? ScreeningAnswer.UNKNOWN : link.sameHouseholdBeforeCutOff());
        qualifyingPerson.setValue(qualifyingPersonId == null ? null : qualifyingPerson.getListDataView().getItems()
                .filter(c -> c.personId() == qualifyingPersonId).findFirst().orElse(null));
        qualifyingOutcome.setValue(link == null || qualifyingPersonId != null ? null : link.qualifyingPersonOutcome());
        showFamily();
    }

    @Nullable FamilyLink value() {
        ScreeningRelation related = relation.getValue();
        QualifyingCandidate candidate = qualifyingPersonOrNull();
        return related == null ? null : new FamilyLink(related, ScreeningForm.orUnknown(sameHousehold),
                candidate == null ? qualifyingOutcome.getValue() : candidate.outcome());
    }

    /** The household member chosen as the qualifying person, when there is a family link. */
    @Nullable Long qualifyingPersonId() {
        QualifyingCandidate candidate = qualifyingPersonOrNull();
        return candidate == null ? null : candidate.personId();
    }

    void putFields(Map<String, HasValidation> fields) {
        fields.put(ScreeningFacts.FAMILY_RELATION, relation);
        fields.put(ScreeningFacts.QUALIFYING_PERSON, qualifyingPerson);
        fields.put(ScreeningFacts.SAME_HOUSEHOLD, sameHousehold);
    }

    private @Nullable QualifyingCandidate qualifyingPersonOrNull() {
        return relation.getValue() == null ? null : qualifyingPerson.getValue();
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
}
