package no.ankomst.health.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.FormErrors;
import no.ankomst.base.ui.FormKeys;
import no.ankomst.base.ui.Notifications;
import no.ankomst.health.TbBookingRecords.Appointment;
import no.ankomst.health.TbBookingRecords.BookingContext;
import no.ankomst.health.TbBookingRecords.Slot;
import no.ankomst.health.TbBookingService;
import no.ankomst.health.TbTest;

/**
 * Books, rebooks or cancels a person's TB screening appointment at the clinic of the site they stay at: the days
 * with free places for the chosen test are offered with how many are free; the test is preselected from the rules
 * (the age on the first day offered). Reusable: the resident header's action opens it, and so may the Health tab.
 * {@code onChange} runs after every change (e.g. the page's refresh).
 */
public class BookingDialog extends Dialog {

    /** How far ahead the days are offered. */
    static final int DAYS_AHEAD = 42;

    private final TbBookingService bookings;
    private final long personId;
    private final Runnable onChange;
    private final LocalDate today;
    private final Select<TbTest> test = new Select<>();
    private final ComboBox<Slot> day = new ComboBox<>();
    private final Paragraph hint = new Paragraph();
    private BookingContext context;

    public BookingDialog(TbBookingService bookings, Clock clock, long personId, Runnable onChange) {
        this.bookings = bookings;
        this.personId = personId;
        this.onChange = onChange;
        this.today = LocalDate.now(clock);
        this.context = bookings.context(personId);
        setId("booking-dialog");
        setHeaderTitle(getTranslation("booking.title"));
        Appointment current = context.appointment();
        Paragraph status = new Paragraph(current == null ? getTranslation("booking.none")
                : getTranslation("booking.current", Dates.format(current.day()),
                        getTranslation("booking.test." + current.test().name()), current.clinicName()));
        status.setId("booking-current");
        add(status);
        Button close = new Button(getTranslation("booking.close"), event -> close());
        if (current != null) {
            Button cancel = new Button(getTranslation("booking.cancelAppointment"), event -> cancel(current));
            cancel.setId("booking-cancel");
            cancel.addThemeVariants(ButtonVariant.ERROR);
            getFooter().add(cancel);
        }
        if (context.clinic() == null) {
            add(new Paragraph(getTranslation(context.siteId() == null ? "booking.notStaying" : "booking.noClinic")));
            getFooter().add(close);
            return;
        }
        test.setId("booking-test");
        test.setLabel(getTranslation("field.test"));
        test.setItems(TbTest.values());
        test.setItemLabelGenerator(t -> getTranslation("booking.test." + t.name()));
        day.setId("booking-day");
        day.setLabel(getTranslation("field.day"));
        day.setRequiredIndicatorVisible(true);
        day.setItemLabelGenerator(slot -> Dates.format(slot.day()) + " – "
                + getTranslation("booking.free", slot.free(), slot.capacity()));
        LocalDate first = today.plusDays(1);
        test.setValue(bookings.suggestedTest(personId, first));
        hint.setText(getTranslation("booking.suggested", getTranslation("booking.test." + test.getValue().name())));
        test.addValueChangeListener(event -> showDays());
        day.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                TbTest needed = bookings.suggestedTest(personId, event.getValue().day());
                hint.setText(getTranslation("booking.suggested", getTranslation("booking.test." + needed.name())));
            }
        });
        showDays();
        add(new FormLayout(test, day), hint);
        Button save = new Button(getTranslation(current == null ? "booking.book" : "booking.rebook"),
                event -> save());
        save.setId("booking-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        FormKeys.install(this, save, this::close);
        getFooter().add(close, save);
    }

    private void showDays() {
        if (test.getValue() == null || context.clinic() == null) {
            day.setItems(List.of());
            return;
        }
        List<Slot> free = bookings.slots(context.clinic().id(), today, DAYS_AHEAD).stream()
                .filter(slot -> slot.test() == test.getValue() && slot.free() > 0).toList();
        day.setItems(free);
        day.setHelperText(free.isEmpty() ? getTranslation("booking.noFreeDays") : null);
    }

    private void save() {
        Map<String, HasValidation> fields = Map.of("day", day, "test", test);
        Appointment current = context.appointment();
        try {
            if (day.getValue() == null) {
                throw ValidationException.of("day", "validation.required");
            }
            if (current == null) {
                bookings.book(personId, context.clinic().id(), day.getValue().day(), test.getValue());
                Notifications.success(getTranslation("booking.booked"));
            } else {
                bookings.rebook(current.id(), day.getValue().day(), current.version());
                Notifications.success(getTranslation("booking.rebooked"));
            }
            close();
            onChange.run();
        } catch (ValidationException invalid) {
            FormErrors.show(invalid, fields);
        } catch (ConflictException stale) {
            Notifications.error(getTranslation("booking.conflict"));
        }
    }

    private void cancel(Appointment current) {
        try {
            bookings.cancel(current.id(), current.version());
            Notifications.success(getTranslation("booking.cancelled"));
            close();
            onChange.run();
        } catch (ConflictException stale) {
            Notifications.error(getTranslation("booking.conflict"));
        }
    }
}
