package no.ankomst.residents.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.FormErrors;
import no.ankomst.base.ui.FormKeys;
import no.ankomst.base.ui.Notifications;
import no.ankomst.residents.HouseholdService;
import no.ankomst.residents.Relation;
import no.ankomst.residents.ResidentRecords.HeadChange;
import no.ankomst.residents.ResidentRecords.HouseholdMember;
import no.ankomst.residents.ResidentRecords.MemberMove;
import no.ankomst.residents.ResidentRecords.ResidentDetail;
import no.ankomst.residents.ResidentRecords.ResidentRow;
import no.ankomst.residents.ResidentService;
import org.jspecify.annotations.Nullable;

/**
 * Moves the person into another household, found through the search box, with their relation to its
 * head. A head who leaves others behind names their new head here, with everyone's relation to them.
 */
class MoveMemberDialog extends Dialog {

    private final ResidentDetail person;
    private final ResidentService residents;
    private final Div target = new Div();
    private final Select<Relation> relation = new Select<>();
    private final Checkbox shared = new Checkbox();
    private final Select<HouseholdMember> newHead = new Select<>();
    private final Div remainingRelations = new Div();
    private @Nullable ResidentDetail chosen;
    private @Nullable RelationsEditor relations;

    MoveMemberDialog(ResidentDetail person, ResidentService residents, HouseholdService households, Runnable done) {
        this.person = person;
        this.residents = residents;
        setId("move-member-dialog");
        setWidth("44em");
        setHeaderTitle(getTranslation("household.move.title", person.familyName() + ", " + person.givenNames()));
        PersonPicker picker = new PersonPicker("move", residents, person.household().stream()
                .map(HouseholdMember::personId).collect(Collectors.toSet()), this::choose);
        target.setId("move-target");
        relation.setId("move-relation");
        relation.setLabel(getTranslation("household.move.relation"));
        relation.setItems(Arrays.stream(Relation.values()).filter(r -> r != Relation.HEAD).toList());
        relation.setItemLabelGenerator(r -> getTranslation("relation." + r.name()));
        shared.setId("move-shared");
        shared.setLabel(getTranslation("field.sharedHouseholdBefore2022"));
        add(picker, target, relation, shared);
        List<HouseholdMember> others = person.household().stream().filter(m -> m.personId() != person.id()).toList();
        if (person.relation() == Relation.HEAD && !others.isEmpty()) {
            newHead.setId("move-new-head");
            newHead.setLabel(getTranslation("household.move.newHead"));
            newHead.setItems(others);
            newHead.setItemLabelGenerator(HouseholdMember::name);
            newHead.addValueChangeListener(e -> showRemainingRelations(others, e.getValue()));
            add(new Paragraph(getTranslation("household.move.headLeaves")), newHead, remainingRelations);
        }
        Button save = new Button(getTranslation("household.move.save"), e -> save(households, done));
        save.setId("move-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        FormKeys.install(this, save, this::close);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void choose(ResidentRow row) {
        chosen = residents.detail(row.id());
        String head = chosen.household().stream().filter(m -> m.relation() == Relation.HEAD)
                .map(HouseholdMember::name).findFirst().orElse(row.familyName());
        target.setText(getTranslation("household.move.target", head, chosen.household().size()));
    }

    private void showRemainingRelations(List<HouseholdMember> others, @Nullable HouseholdMember head) {
        remainingRelations.removeAll();
        relations = null;
        if (head != null) {
            relations = new RelationsEditor(others.stream().filter(m -> m.personId() != head.personId()).toList(),
                    head.relation());
            remainingRelations.add(relations);
        }
    }

    private void save(HouseholdService households, Runnable done) {
        if (chosen == null) {
            FormErrors.show(ValidationException.of("household", "validation.required"), fields());
            return;
        }
        HouseholdMember head = newHead.getValue();
        HeadChange remainingHead = head == null || relations == null ? null : new HeadChange(person.householdId(),
                person.householdVersion(), head.personId(), relations.value());
        try {
            households.moveMember(new MemberMove(person.id(), person.householdVersion(), chosen.householdId(),
                    chosen.householdVersion(), relation.getValue(), shared.getValue(), remainingHead));
            Notifications.success(getTranslation("household.move.done"));
            close();
            done.run();
        } catch (ValidationException invalid) {
            FormErrors.show(invalid, fields());
        } catch (ConflictException conflict) {
            Notifications.error(getTranslation("household.conflict"));
        }
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("relation", relation);
        fields.put("newHead", newHead);
        if (relations != null) {
            fields.putAll(relations.fields());
        }
        return fields;
    }
}
