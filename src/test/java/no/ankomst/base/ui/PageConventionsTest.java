package no.ankomst.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import java.util.Locale;
import no.ankomst.AnkomstTest;
import no.ankomst.protection.ui.CasesView;
import no.ankomst.residents.ui.RegistrationView;
import no.ankomst.residents.ui.ResidentsView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@AnkomstTest
@WithUserDetails("staff")
class PageConventionsTest extends SpringBrowserlessTest {

    private String title() {
        return UI.getCurrent().getInternals().getTitle();
    }

    private String onlyHeading() {
        assertThat($(H1.class).all()).filteredOn(Component::isVisible).hasSize(1);
        return $(H1.class).all().stream().filter(Component::isVisible).findFirst().orElseThrow().getText();
    }

    @Test
    void each_page_has_its_own_title_and_one_heading_in_norwegian() {
        UI.getCurrent().setLocale(I18n.NORWEGIAN);

        navigate(ResidentsView.class);
        assertThat(title()).isEqualTo("Beboere – Ankomst");
        assertThat(onlyHeading()).isEqualTo("Beboere");

        navigate(CasesView.class);
        assertThat(title()).isEqualTo("Beskyttelsessaker – Ankomst");

        navigate(RegistrationView.class);
        assertThat(title()).isEqualTo("Registrer en person – Ankomst");
        assertThat(onlyHeading()).isEqualTo("Registrer en person");

        navigate(HomeView.class);
        assertThat(title()).isEqualTo("Dagens arbeidsliste – Ankomst");
    }

    @Test
    void titles_follow_the_language_and_the_view_sits_in_the_main_landmark() {
        UI.getCurrent().setLocale(Locale.ENGLISH);

        ResidentsView residents = navigate(ResidentsView.class);

        assertThat(title()).isEqualTo("Residents – Ankomst");
        assertThat(residents.getParent()).containsInstanceOf(Main.class);
    }

    @Test
    void an_empty_list_says_what_is_missing_and_what_to_do() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(CasesView.class);

        assertThat($(Grid.class).id("cases-grid").getEmptyStateText()).startsWith("No cases match.");
    }
}
