package no.ankomst.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.ShortcutsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import no.ankomst.AnkomstTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@AnkomstTest
@WithUserDetails("staff")
class FormKeysTest extends SpringBrowserlessTest {

    private final AtomicInteger saved = new AtomicInteger();
    private final AtomicInteger discarded = new AtomicInteger();
    private TextField name;
    private TextField note;
    private DatePicker born;
    private ComboBox<String> country;
    private FormLayout form;

    @BeforeEach
    void form() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        name = new TextField("Name");
        name.setRequiredIndicatorVisible(true);
        note = new TextField("Note");
        born = Dates.picker("Born");
        country = new ComboBox<>("Country");
        country.setItems("UA", "NO");
        form = new FormLayout(name, note, born, country);
        Button save = new Button("Save", event -> saved.incrementAndGet());
        UI.getCurrent().add(form, save);
        FormKeys.install(form, save, discarded::incrementAndGet);
    }

    @Test
    void enter_in_a_date_field_or_a_choice_box_does_not_save_the_form() {
        name.setValue("Shevchenko");
        born.setValue(LocalDate.of(1979, 3, 27));
        country.setValue("UA");

        ShortcutsKt._fireShortcut(born, Key.ENTER);
        ShortcutsKt._fireShortcut(country, Key.ENTER);
        ShortcutsKt._fireShortcut(form, Key.ENTER);

        assertThat(saved).hasValue(0);
    }

    @Test
    void enter_in_a_text_field_saves_only_when_every_required_field_is_filled() {
        ShortcutsKt._fireShortcut(note, Key.ENTER);
        assertThat(saved).hasValue(0);

        name.setValue("Shevchenko");
        ShortcutsKt._fireShortcut(note, Key.ENTER);
        assertThat(saved).hasValue(1);
    }

    @Test
    void escape_on_an_untouched_form_discards_it_at_once() {
        ShortcutsKt._fireShortcut(form, Key.ESCAPE);

        assertThat(discarded).hasValue(1);
        assertThat($(ConfirmDialog.class).all()).isEmpty();
    }

    @Test
    void escape_after_typing_asks_before_throwing_the_input_away() {
        name.setValue("Shevchenko");

        ShortcutsKt._fireShortcut(form, Key.ESCAPE);

        assertThat(discarded).hasValue(0);
        ConfirmDialog confirm = $(ConfirmDialog.class).id("discard-confirm");
        assertThat(confirm.isOpened()).isTrue();
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));
        assertThat(discarded).hasValue(1);
    }

    @Test
    void a_date_picker_speaks_the_ui_language_and_stays_closed_while_typing() {
        UI.getCurrent().setLocale(I18n.NORWEGIAN);
        DatePicker picker = Dates.picker("Født");

        assertThat(picker.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(picker.getI18n().getToday()).isEqualTo("I dag");
        assertThat(picker.isAutoOpen()).isFalse();
    }
}
