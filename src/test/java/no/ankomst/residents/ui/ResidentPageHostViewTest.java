package no.ankomst.residents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.LocalDate;
import no.ankomst.AnkomstTest;
import no.ankomst.residents.ResidentTestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The resident page hosts other features' tabs, badges and actions without knowing them. */
@AnkomstTest
class ResidentPageHostViewTest extends SpringBrowserlessTest {

    @Autowired
    ResidentTestData data;
    @Autowired
    TestPageContributions contributions;

    @AfterEach
    void disarm() {
        contributions.disarm();
    }

    private long armedPersonAt(String site) {
        long person = data.head(ResidentTestData.surname(), "Daryna", LocalDate.of(1988, 8, 8), site).personId();
        contributions.armFor(person);
        return person;
    }

    private static int tabIndex(TabSheet tabs, String label) {
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (label.equals(tabs.getTabAt(i).getLabel())) {
                return i;
            }
        }
        throw new AssertionError("no tab " + label);
    }

    @Test
    @WithUserDetails("staff")
    void a_contributed_tab_is_created_only_when_first_opened_and_only_once() {
        long person = armedPersonAt(ResidentTestData.RADE);
        navigate(ResidentDetailView.class, person);
        TabSheet tabs = $(TabSheet.class).id("resident-tabs");
        int contributed = tabIndex(tabs, UI.getCurrent().getTranslation(TestPageContributions.TAB_LABEL_KEY));

        assertThat(contributions.tabsCreated).hasValue(0);
        assertThat($(Span.class).withId("test-tab-content").exists()).isFalse();

        tabs.setSelectedIndex(contributed);
        assertThat(contributions.tabsCreated).hasValue(1);
        assertThat($(Span.class).id("test-tab-content").getText()).isEqualTo("contributed");

        tabs.setSelectedIndex(0);
        tabs.setSelectedIndex(contributed);
        assertThat(contributions.tabsCreated).hasValue(1);
    }

    @Test
    @WithUserDetails("health")
    void the_header_badges_refresh_after_a_contributed_action_without_a_reload() {
        long person = armedPersonAt(ResidentTestData.HAUGESUND);
        navigate(ResidentDetailView.class, person);
        assertThat($(Span.class).id("test-badge").getText()).isEqualTo("ran 0");

        test($(Button.class).id("test-action")).click();

        assertThat(contributions.actionsRun).hasValue(1);
        assertThat($(Span.class).id("test-badge").getText()).isEqualTo("ran 1");
    }

    @Test
    @WithUserDetails("health")
    void a_contributed_action_is_shown_to_a_role_with_its_capability() {
        navigate(ResidentDetailView.class, armedPersonAt(ResidentTestData.HAUGESUND));

        assertThat($(Button.class).withId("test-action").exists()).isTrue();
    }

    @Test
    @WithUserDetails("staff")
    void a_contributed_action_is_hidden_from_a_role_without_its_capability() {
        navigate(ResidentDetailView.class, armedPersonAt(ResidentTestData.RADE));

        assertThat($(Span.class).withId("test-badge").exists()).isTrue();
        assertThat($(Button.class).withId("test-action").exists()).isFalse();
    }
}
