package no.ankomst.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The chart code writes valid SVG with the title, the summary, the series and the weeks; a gap draws no point. */
class ChartsTest {

    static ChartData sample() {
        List<String> weeks = new ArrayList<>();
        for (int w = 37; w <= 48; w++) {
            weeks.add("2026-W" + w);
        }
        return new ChartData("trend-occupancy", ChartData.Kind.LINE, "Beboere og ledige senger",
                "Beboere: 120 i uke 2026-W48. Ingen ukeoversikt for 2026-W41: vist som hull.", weeks, List.of(
                new ChartData.Series("Beboere", Arrays.asList(100L, 104L, 110L, 111L, null, 115L, 116L, 117L, 118L,
                        119L, 119L, 120L)),
                new ChartData.Series("Ledige senger", Arrays.asList(50L, 46L, 40L, 39L, null, 35L, 34L, 33L, 32L,
                        31L, 31L, 30L))));
    }

    @Test
    void a_chart_is_valid_svg_with_its_title_summary_series_and_weeks() throws Exception {
        String svg = Charts.svg(sample(), 520, 300);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element root = document.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 520 300");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(first(document, "title")).isEqualTo("Beboere og ledige senger");
        assertThat(first(document, "desc")).contains("vist som hull");
        String text = texts(document);
        assertThat(text).contains("Beboere").contains("Ledige senger").contains("W37").contains("W48");
    }

    @Test
    void a_bar_chart_draws_too() {
        ChartData pipeline = new ChartData("pipeline", ChartData.Kind.BAR, "Bosettingsløpet", "Uke 2026-W48.",
                List.of("Klare", "Foreslått", "Akseptert", "Bosatt"),
                List.of(new ChartData.Series("Husstander", Arrays.asList(12L, 5L, 3L, null))));
        String svg = Charts.svg(pipeline, 400, 240);
        assertThat(svg).startsWith("<?xml").contains("<svg").contains("Klare").contains("Bosettingsløpet");
    }

    private static String first(Document document, String tag) {
        return document.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag).item(0).getTextContent();
    }

    private static String texts(Document document) {
        NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < nodes.getLength(); i++) {
            text.append(nodes.item(i).getTextContent()).append('|');
        }
        return text.toString();
    }
}
