package no.ankomst.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Set;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import no.ankomst.AnkomstTest;
import no.ankomst.security.Role;
import no.ankomst.security.UserRecords.ScopeOption;
import no.ankomst.security.UserRecords.UserFilter;
import no.ankomst.security.UserRecords.UserRow;
import no.ankomst.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@AnkomstTest
@WithUserDetails("admin")
class UserAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    UserService users;

    @BeforeEach
    void speakNorwegian() {
        UI.getCurrent().setLocale(Locale.of("nb"));
    }

    private void fillNewUser(String username, Role role) {
        test($(Button.class).id("users-new")).click();
        test($(TextField.class).id("user-username")).setValue(username);
        test($(TextField.class).id("user-fullname")).setValue("Iryna Shevchenko");
        @SuppressWarnings("unchecked")
        Select<Role> roleSelect = $(Select.class).id("user-role-select");
        test(roleSelect).selectItem(role.name().equals("CENTRE_STAFF") ? "Mottaksansatt" : "Leder");
        test($(PasswordField.class).id("user-password")).setValue("a-good-long-password");
    }

    @Test
    void the_scope_field_follows_the_role() {
        navigate(UserAdminView.class);
        test($(Button.class).id("users-new")).click();
        @SuppressWarnings("unchecked")
        Select<Role> roleSelect = $(Select.class).id("user-role-select");

        roleSelect.setValue(Role.HEALTH_STAFF);
        assertThat($(MultiSelectComboBox.class).withId("user-sites").exists()).isTrue();
        assertThat($(ComboBox.class).withId("user-municipality").exists()).isFalse();

        roleSelect.setValue(Role.SETTLEMENT_COORDINATOR);
        assertThat($(MultiSelectComboBox.class).withId("user-sites").exists()).isFalse();
        assertThat($(ComboBox.class).withId("user-municipality").exists()).isTrue();
        assertThat($(MultiSelectComboBox.class).withId("user-counties").exists()).isFalse();

        roleSelect.setValue(Role.SETTLEMENT_OFFICER);
        assertThat($(ComboBox.class).withId("user-municipality").exists()).isFalse();
        assertThat($(MultiSelectComboBox.class).withId("user-counties").exists()).isTrue();
    }

    @Test
    void centre_staff_without_a_site_is_refused_on_the_sites_field_then_saved_with_one() {
        navigate(UserAdminView.class);
        String username = "view-staff-" + System.nanoTime() % 1_000_000;
        fillNewUser(username, Role.CENTRE_STAFF);

        test($(Button.class).id("user-save")).click();

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ScopeOption> sites = $(MultiSelectComboBox.class).id("user-sites");
        assertThat(sites.isInvalid()).isTrue();
        assertThat(sites.getErrorMessage()).contains("minst ett mottak");
        assertThat(users.count(new UserFilter(username, null, true, false))).isZero();

        sites.setValue(Set.of(users.siteOptions().getFirst()));
        test($(Button.class).id("user-save")).click();

        assertThat(users.count(new UserFilter(username, null, true, false))).isEqualTo(1);
        assertThat(test($(Notification.class).last()).getText()).contains(username);
        @SuppressWarnings("unchecked")
        Grid<UserRow> grid = $(Grid.class).id("users-grid");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void a_taken_username_is_marked_on_the_username_field() {
        navigate(UserAdminView.class);
        fillNewUser("admin", Role.MANAGER);

        test($(Button.class).id("user-save")).click();

        TextField username = $(TextField.class).id("user-username");
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("er allerede tatt av en annen bruker");
    }
}
