package no.ankomst.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import no.ankomst.AnkomstTest;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditEntry;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ui.I18n;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The audit trail reads as words in the user's language, not as the codes it stores. */
@AnkomstTest
@WithUserDetails("admin")
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired
    AuditService audit;

    private String actor() {
        return "audit-view-" + System.nanoTime();
    }

    @SuppressWarnings("unchecked")
    private Grid<AuditEntry> gridFor(String actor) {
        test($(TextField.class).id("audit-actor")).setValue(actor);
        return $(Grid.class).id("audit-grid");
    }

    @Test
    void actions_and_record_types_are_shown_translated_in_english() {
        String actor = actor();
        audit.recordAs(actor, AuditAction.USER_PASSWORD_RESET, "user", 7, "password reset by an administrator");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(AuditView.class);

        Grid<AuditEntry> grid = gridFor(actor);

        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Password reset");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("User 7");
    }

    @Test
    void actions_and_record_types_are_shown_translated_in_norwegian_also_in_the_action_filter() {
        String actor = actor();
        audit.recordAs(actor, AuditAction.SITE_CREATED, "site", 3, "created site");
        UI.getCurrent().setLocale(I18n.NORWEGIAN);
        navigate(AuditView.class);

        Grid<AuditEntry> grid = gridFor(actor);

        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Mottak opprettet");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("Mottak 3");
        @SuppressWarnings("unchecked")
        ComboBox<String> action = $(ComboBox.class).id("audit-action");
        assertThat(action.getItemLabelGenerator().apply("LOGIN")).isEqualTo("Logget inn");
    }
}
