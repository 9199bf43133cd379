package no.ankomst.accommodation.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.ankomst.accommodation.CheckoutReason;
import no.ankomst.accommodation.OccupancyRecords.Occupant;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.FormErrors;
import no.ankomst.base.ui.FormKeys;

/** Checks a resident, or the whole household present at the site, out with a date and a reason. */
class CheckOutDialog extends Dialog {

    private final Occupant chosen;
    private final List<Occupant> household;
    private final DatePicker on = Dates.picker();
    private final ComboBox<CheckoutReason> reason = new ComboBox<>();
    private final Checkbox wholeHousehold = new Checkbox();

    CheckOutDialog(Occupant chosen, List<Occupant> household, LocalDate today) {
        this.chosen = chosen;
        this.household = household;
        setId("checkout-dialog");
        setHeaderTitle(getTranslation("stay.checkOutTitle", chosen.name()));
        on.setId("checkout-on");
        on.setLabel(getTranslation("field.checkedOutOn"));
        on.setValue(today);
        on.setMax(today);
        reason.setId("checkout-reason");
        reason.setLabel(getTranslation("field.checkoutReason"));
        // moving to another site is "Move": it opens the next stay as well
        reason.setItems(Arrays.stream(CheckoutReason.values()).filter(r -> r != CheckoutReason.TRANSFERRED).toList());
        reason.setItemLabelGenerator(r -> getTranslation("checkoutReason." + r.name()));
        wholeHousehold.setId("checkout-household");
        wholeHousehold.setLabel(getTranslation("stay.wholeHousehold", household.size()));
        wholeHousehold.setVisible(household.size() > 1);
        add(new FormLayout(on, reason, wholeHousehold));
        Button save = new Button(getTranslation("stay.checkOut"), event -> save());
        save.setId("checkout-save");
        save.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        FormKeys.install(this, save, this::close);
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), save);
        reason.focus();
    }

    private void save() {
        if (on.getValue() == null || reason.getValue() == null) {
            showErrors(ValidationException.of(on.getValue() == null ? "checkedOutOn" : "checkoutReason",
                    "validation.required"));
            return;
        }
        List<Occupant> leaving = wholeHousehold.getValue() ? household : List.of(chosen);
        fireEvent(new SaveEvent(this, leaving.stream().map(Occupant::stayId).toList(), on.getValue(),
                reason.getValue()));
    }

    void showErrors(ValidationException exception) {
        FormErrors.show(exception, Map.<String, HasValidation>of("checkedOutOn", on, "checkoutReason", reason));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<CheckOutDialog> {
        private final List<Long> stayIds;
        private final LocalDate on;
        private final CheckoutReason reason;

        SaveEvent(CheckOutDialog source, List<Long> stayIds, LocalDate on, CheckoutReason reason) {
            super(source, false);
            this.stayIds = stayIds;
            this.on = on;
            this.reason = reason;
        }

        List<Long> stayIds() {
            return stayIds;
        }

        LocalDate on() {
            return on;
        }

        CheckoutReason reason() {
            return reason;
        }
    }
}
