package no.ankomst.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.ankomst.base.ui.HomeSection;
import no.ankomst.reporting.ChartData;
import no.ankomst.reporting.Charts;
import no.ankomst.reporting.TrendService;
import org.springframework.core.annotation.Order;

/**
 * The home page's charts (issue 12): the last 12 weeks of the weekly snapshots in the user's scope (managers the
 * country, centre staff their sites), drawn by the same chart code as the weekly report, as SVG. Each chart is a
 * figure with its title and a summary in words as the caption, which is also the image's text alternative.
 */
@org.springframework.stereotype.Component
@Order(10)
class HomeCharts implements HomeSection {

    static final int WIDTH = 520;
    static final int HEIGHT = 300;

    private final TrendService trends;

    HomeCharts(TrendService trends) {
        this.trends = trends;
    }

    @Override
    public Optional<Component> createForCurrentUser() {
        Locale locale = UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
        List<ChartData> charts = trends.homeCharts(locale);
        if (charts.isEmpty()) {
            return Optional.empty();
        }
        Div block = new Div();
        block.setId("home-charts");
        block.setWidthFull();
        H2 heading = new H2(block.getTranslation("home.charts"));
        heading.addClassName("home-charts-heading");
        Div grid = new Div();
        grid.addClassName("home-charts");
        for (ChartData chart : charts) {
            grid.add(figure(chart));
        }
        block.add(heading, grid);
        return Optional.of(block);
    }

    private static Component figure(ChartData chart) {
        String svg = Charts.svg(chart, WIDTH, HEIGHT);
        Image image = new Image("data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)),
                chart.title() + ". " + chart.summary());
        image.setId("home-chart-" + chart.id());
        Div figure = new Div();
        figure.getElement().setAttribute("role", "figure");
        figure.addClassName("home-chart");
        Paragraph caption = new Paragraph(chart.summary());
        caption.setId("home-chart-" + chart.id() + "-summary");
        caption.addClassName("home-chart-caption");
        figure.getElement().setAttribute("aria-label", chart.title());
        figure.add(image, caption);
        return figure;
    }
}
