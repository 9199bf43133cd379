package no.ankomst.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import no.ankomst.AnkomstTest;
import no.ankomst.base.ui.HomeView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The home page's charts per role: managers the four (with the settlement pipeline), centre staff the three of
 * their sites, health staff none; each an SVG image whose text alternative is its title and summary.
 */
@AnkomstTest
class HomeChartsTest extends SpringBrowserlessTest {

    @BeforeEach
    void speakEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_sees_occupancy_tb_school_and_the_settlement_pipeline() {
        navigate(HomeView.class);
        assertThat($(Image.class).all()).extracting(Image::getId).map(java.util.Optional::orElseThrow)
                .containsExactly("home-chart-trend-occupancy", "home-chart-trend-tb", "home-chart-trend-school",
                        "home-chart-pipeline");
        Image occupancy = $(Image.class).id("home-chart-trend-occupancy");
        String src = occupancy.getSrc();
        assertThat(src).startsWith("data:image/svg+xml;base64,");
        String svg = new String(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)),
                StandardCharsets.UTF_8);
        assertThat(svg).contains("<svg").contains("Residents and free beds").contains("Free beds");
        assertThat(occupancy.getAlt().orElseThrow()).startsWith("Residents and free beds. ");
        assertThat($(Paragraph.class).id("home-chart-trend-occupancy-summary").getText()).isNotBlank();
        assertThat($(com.vaadin.flow.component.orderedlayout.VerticalLayout.class).withId("worklist").exists()).isTrue();
    }

    @Test
    @WithUserDetails("staff")
    void centre_staff_see_their_sites_charts_without_the_pipeline() {
        navigate(HomeView.class);
        assertThat($(Image.class).all()).extracting(i -> i.getId().orElseThrow())
                .containsExactly("home-chart-trend-occupancy", "home-chart-trend-tb", "home-chart-trend-school");
    }

    @Test
    @WithUserDetails("health")
    void health_staff_see_no_charts() {
        navigate(HomeView.class);
        assertThat($(Div.class).withId("home-charts").exists()).isFalse();
    }
}
