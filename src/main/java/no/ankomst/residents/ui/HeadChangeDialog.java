package no.ankomst.residents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.FormErrors;
import no.ankomst.base.ui.FormKeys;
import no.ankomst.base.ui.Notifications;
import no.ankomst.residents.HouseholdService;
import no.ankomst.residents.ResidentRecords.HeadChange;
import no.ankomst.residents.ResidentRecords.HouseholdMember;
import no.ankomst.residents.ResidentRecords.ResidentDetail;

/** Makes another member the head; every other member's relation to them is confirmed or chosen. */
class HeadChangeDialog extends Dialog {

    HeadChangeDialog(ResidentDetail person, HouseholdMember newHead, HouseholdService households, Runnable done) {
        setId("head-change-dialog");
        setHeaderTitle(getTranslation("household.makeHead.title", newHead.name()));
        RelationsEditor relations = new RelationsEditor(person.household().stream()
                .filter(m -> m.personId() != newHead.personId()).toList(), newHead.relation());
        add(new Paragraph(getTranslation("household.makeHead.help")), relations);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                households.changeHead(new HeadChange(person.householdId(), person.householdVersion(),
                        newHead.personId(), relations.value()));
                Notifications.success(getTranslation("household.makeHead.done", newHead.name()));
                close();
                done.run();
            } catch (ValidationException invalid) {
                FormErrors.show(invalid, relations.fields());
            } catch (ConflictException conflict) {
                Notifications.error(getTranslation("household.conflict"));
            }
        });
        save.setId("head-change-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        FormKeys.install(this, save, this::close);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
