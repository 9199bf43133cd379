package no.ankomst.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import no.ankomst.reporting.ReportRenderer.Format;
import org.junit.jupiter.api.Test;

/**
 * Every template in {@code reports/} compiles and renders with sample data to PDF and XLSX; a long Cyrillic name
 * with apostrophes prints in the PDF (DejaVu Sans embedded); XLSX cells hold numbers, not text.
 */
class ReportRendererTest {

    private final ReportRenderer renderer = new ReportRenderer();

    /** 200 characters: Cyrillic, apostrophes (Ukrainian and ASCII), a Latin part. */
    static final String LONG_NAME = ("Мотовилівсько-Слобідський центр прийому імені Олександра О'Коннора та "
            + "Дар'ї Ком'янської — ").repeat(3).substring(0, 200);

    static Map<String, Object> parameters(String scope) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("TITLE", "Ukerapport, uke 2026-W48");
        parameters.put("SCOPE", scope);
        parameters.put("PERIOD", "23.11.2026 – 29.11.2026");
        parameters.put("DATA_AS_OF", "Tall per 30.11.2026 06:00");
        parameters.put("FIGURE_HEADING", "Tall");
        parameters.put("VALUE_HEADING", "Verdi");
        parameters.put("NO_DATA", "Ingen tall");
        return parameters;
    }

    static List<Map<String, ?>> sampleRows() {
        return List.of(
                Map.of("section", "Belegg", "label", "Kapasitet", "value", new BigDecimal("12345")),
                Map.of("section", "Belegg", "label", "Барн / Діти", "value", new BigDecimal("17")),
                Map.of("section", "TB-undersøkelse", "label", "Andel (%)", "value", new BigDecimal("66.7")));
    }

    /** Rows of the residents list: a name in both scripts, one with apostrophes, one 200 characters long. */
    static List<Map<String, ?>> residentRows() {
        Map<String, Object> plain = new LinkedHashMap<>();
        plain.put("name", "Kovalenko, Olena");
        plain.put("nameCyrillic", "Коваленко, Діти Олена");
        plain.put("birthDate", java.sql.Date.valueOf("2015-02-28"));
        plain.put("sex", "F");
        plain.put("citizenships", "UKR");
        plain.put("site", "Råde");
        plain.put("place", "A / 1");
        plain.put("household", 3);
        Map<String, Object> apostrophes = new LinkedHashMap<>(plain);
        apostrophes.put("name", "O'Connor, Dar'ia");
        apostrophes.put("nameCyrillic", LONG_NAME);
        return List.of(plain, apostrophes);
    }

    /**
     * Sample parameters and rows of a template: the weekly report's shape, or for the letters' templates (letters/)
     * their own, each with {@code name} where a person's or a site's name prints.
     */
    static Map<String, Object> parameters(String template, String name) {
        Map<String, Object> parameters = parameters(name);
        if (template.equals("handover")) {
            parameters.put("MUNICIPALITY", "Oslo (0301)");
            parameters.put("SUMMARY", "<style isBold=\"true\">Språk:</style> ukrainsk, russisk");
        }
        return parameters;
    }

    static List<Map<String, ?>> sampleRows(String template, String name) {
        return switch (template) {
            case "handover" -> List.of(Map.of("name", name, "age", 34, "settlementDate", "1.5.2026", "tb", "Ferdig"),
                    Map.of("name", "Діти", "age", 7, "settlementDate", "1.5.2026", "tb", "Ikke påkrevd"));
            case "letter" -> {
                Map<String, Object> letter = new LinkedHashMap<>();
                letter.put("letterNo", 1);
                letter.put("sender", "Ankomst");
                letter.put("dated", "1. mars 2026");
                letter.put("recipient", "Кому: " + name);
                letter.put("title", "Ваш запис на обстеження на туберкульоз");
                letter.put("greeting", "Доброго дня!");
                letter.put("body", "Обстеження безкоштовне.");
                letter.put("facts", "<style isBold=\"true\">Дата:</style> 12 березня 2026 р.\nДіти");
                letter.put("closing", "Будь ласка, візьміть із собою цей лист.");
                letter.put("signature", "З повагою");
                letter.put("qr", new java.awt.image.BufferedImage(21, 21, java.awt.image.BufferedImage.TYPE_INT_RGB));
                letter.put("qrCaption", "Відскануйте код");
                letter.put("url", "https://www.udi.no/uk/");
                yield List.of(letter);
            }
            case ResidentListExport.TEMPLATE -> residentRows();
            default -> sampleRows();
        };
    }

    @Test
    void every_template_compiles_and_renders_sample_data_to_pdf_and_xlsx() {
        assertThat(renderer.templates()).contains("weekly", "residents");
        for (String template : renderer.templates()) {
            for (Format format : Format.values()) {
                byte[] bytes = renderer.render(template, parameters(template, "Råde"), sampleRows(template, "Råde"),
                        format);
                assertThat(bytes).as(template + " " + format).hasSizeGreaterThan(500);
            }
        }
    }

    @Test
    void a_long_cyrillic_name_with_apostrophes_prints_in_every_template() throws IOException {
        assertThat(LONG_NAME).hasSize(200);
        for (String template : renderer.templates()) {
            byte[] pdf = renderer.render(template, parameters(template, LONG_NAME), sampleRows(template, LONG_NAME),
                    Format.PDF);
            String text = pdfText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Мотовилівсько").contains("О'Коннора").contains("Дар'ї").contains("Діти");
            assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("DejaVuSans").contains("Identity-H");
        }
    }

    @Test
    void a_large_list_is_filled_from_rows_pulled_one_at_a_time_and_paged_through_the_swap_file() throws IOException {
        int people = 3_000;
        java.util.Iterator<Map<String, ?>> rows = java.util.stream.IntStream.range(0, people).<Map<String, ?>>mapToObj(
                i -> Map.of("name", String.format("Person %05d", i), "household", i % 7)).iterator();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        renderer.renderLarge("residents", parameters("Råde"), rows, Format.PDF, out);

        PdfReader reader = new PdfReader(out.toByteArray());
        try {
            // about 50 lines a page: the pages beyond the 50 kept in memory went through the swap file
            assertThat(reader.getNumberOfPages()).isBetween(people / 60, people / 40);
        } finally {
            reader.close();
        }
        String text = pdfText(out.toByteArray());
        assertThat(text).contains("Person 00000").contains("Person 02999");
    }

    @Test
    void the_trend_charts_print_in_the_pdf_with_their_words_and_go_into_the_xlsx_as_images() throws IOException {
        Map<String, Object> parameters = parameters("Råde");
        parameters.put("TREND_HEADING", "De siste 12 ukene");
        ChartData chart = ChartsTest.sample();
        ReportService.charts(parameters, List.of(chart, chart, chart, chart));

        byte[] pdf = renderer.render("weekly", parameters, sampleRows(), Format.PDF);
        String text = pdfText(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("De siste 12 ukene").contains("Ingen ukeoversikt for 2026-W41");
        byte[] xlsx = renderer.render("weekly", parameters, sampleRows(), Format.XLSX);
        assertThat(entries(xlsx)).anyMatch(name -> name.startsWith("xl/media/"));
        assertThat(entry(xlsx, "xl/worksheets/sheet1.xml")).containsPattern("t=\"n\"><v>12345(\\.0)?</v>");
    }

    @Test
    void a_period_without_figures_renders_a_report_that_says_so() throws IOException {
        byte[] pdf = renderer.render("weekly", parameters("Råde"), List.of(), Format.PDF);
        assertThat(pdfText(pdf)).contains("Ingen tall");
    }

    @Test
    void xlsx_cells_hold_numbers_not_text() throws IOException {
        byte[] xlsx = renderer.render("weekly", parameters("Råde"), sampleRows(), Format.XLSX);
        String sheet = entry(xlsx, "xl/worksheets/sheet1.xml");
        assertThat(sheet).containsPattern("t=\"n\"><v>12345(\\.0)?</v>").containsPattern("t=\"n\"><v>66.7</v>");
    }

    @Test
    void an_unknown_template_fails_with_a_message_naming_it() {
        assertThatThrownBy(() -> renderer.render("no-such-report", parameters("x"), sampleRows(), Format.PDF))
                .isInstanceOf(ReportFailedException.class).hasMessageContaining("no-such-report");
    }

    @Test
    void a_row_of_the_wrong_type_fails_with_a_message_naming_the_template() {
        List<Map<String, ?>> wrong = List.of(Map.of("section", "x", "label", "y", "value", "not a number"));
        assertThatThrownBy(() -> renderer.render("weekly", parameters("x"), wrong, Format.PDF))
                .isInstanceOf(ReportFailedException.class).hasMessageContaining("weekly");
    }

    static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    private static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " not in the file");
    }
}
