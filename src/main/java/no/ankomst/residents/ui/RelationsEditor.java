package no.ankomst.residents.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ankomst.residents.Relation;
import no.ankomst.residents.RelationProposals;
import no.ankomst.residents.ResidentRecords.HouseholdMember;

/**
 * Each member's relation to a new head: proposed where it follows plainly, left empty where the user
 * must say. Every value is shown, so the user confirms the proposals rather than trusting them.
 */
class RelationsEditor extends FormLayout {

    private final Map<Long, Select<Relation>> selects = new LinkedHashMap<>();

    RelationsEditor(List<HouseholdMember> others, Relation newHeadWas) {
        setId("relations-editor");
        for (HouseholdMember member : others) {
            Select<Relation> select = new Select<>();
            select.setId("relation-" + member.personId());
            select.setLabel(member.name());
            select.setItems(Arrays.stream(Relation.values()).filter(r -> r != Relation.HEAD).toList());
            select.setItemLabelGenerator(r -> getTranslation("relation." + r.name()));
            Relation proposal = RelationProposals.relativeToNewHead(newHeadWas, member.relation());
            select.setValue(proposal);
            select.setHelperText(getTranslation(proposal == null ? "household.relation.choose"
                    : "household.relation.proposed", getTranslation("relation." + member.relation().name())));
            selects.put(member.personId(), select);
            add(select);
        }
    }

    Map<Long, Relation> value() {
        Map<Long, Relation> relations = new LinkedHashMap<>();
        selects.forEach((id, select) -> {
            if (select.getValue() != null) {
                relations.put(id, select.getValue());
            }
        });
        return relations;
    }

    /** The selects under the field names the household rules use ({@code relations.<person id>}). */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        selects.forEach((id, select) -> fields.put("relations." + id, select));
        return fields;
    }
}
