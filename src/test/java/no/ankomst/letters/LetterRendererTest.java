package no.ankomst.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintImage;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import no.ankomst.letters.Letter.Fact;
import no.ankomst.letters.Letter.Key;
import no.ankomst.reporting.ReportRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every letter renders in every language from the bundles, with a 200-character Cyrillic name full of apostrophes
 * printed whole, the QR code of that language's information page on every letter, one page per letter in a batch.
 */
class LetterRendererTest {

    static final LetterSettings SETTINGS = new LetterSettings("en", Map.of(
            "uk", "https://www.udi.no/uk/", "ru", "https://www.udi.no/ru/",
            "en", "https://www.udi.no/en/important-messages/ukraine/",
            "nb", "https://www.udi.no/viktige-meldinger/ukraina/"), "08:30–14:30");
    private static final LetterRenderer RENDERER = new LetterRenderer(new ReportRenderer(), SETTINGS);

    /** 200 characters of Cyrillic with apostrophes (Ukrainian writes them inside names: Мар'яна, Лук'ян). */
    static final String LONG_CYRILLIC = longName("Мар'яна-Лук'янівна О'Коннор-Солов'йова ");
    static final String LONG_LATIN = longName("Mar'iana-Luk'ianivna O'Connor-Solov'iova ");

    static String longName(String part) {
        StringBuilder name = new StringBuilder();
        while (name.length() < 200) {
            name.append(part);
        }
        return name.substring(0, 200).strip() + "ь".repeat(200 - name.substring(0, 200).strip().length());
    }

    static Letter letter(LetterKind kind, LetterLanguage language, long personId) {
        List<Fact> facts = switch (kind) {
            case TB_APPOINTMENT -> List.of(new Fact("letter.fact.day", LocalDate.of(2026, 3, 12)),
                    new Fact("letter.fact.time", "08:30–14:30"), new Fact("letter.fact.clinic", "Helsestasjon O'Hara"),
                    new Fact("letter.fact.place", "Storgata 1 <bak> & co"),
                    new Fact("letter.fact.test", new Key("letter.test.XRAY")));
            case SCHOOL -> List.of(new Fact("letter.fact.birthDate", LocalDate.of(2016, 2, 29)),
                    new Fact("letter.fact.school", new Key("letter.school.notEnrolled")),
                    new Fact("letter.fact.startBy", LocalDate.of(2026, 4, 1)));
            case SETTLEMENT -> List.of(new Fact("letter.fact.municipality", "Oslo"),
                    new Fact("letter.fact.settlementDate", LocalDate.of(2026, 5, 1)));
            case INTRODUCTION -> List.of(new Fact("letter.fact.municipality", "Bærum"),
                    new Fact("letter.fact.programmeStartBy", LocalDate.of(2026, 8, 1)),
                    new Fact("letter.fact.rightSince", LocalDate.of(2026, 5, 1)));
        };
        return new Letter(personId, kind, language, LONG_LATIN, LONG_CYRILLIC, LocalDate.of(2026, 3, 1), facts);
    }

    static Stream<Arguments> everyLetterInEveryLanguage() {
        List<Arguments> all = new ArrayList<>();
        for (LetterKind kind : LetterKind.values()) {
            for (LetterLanguage language : LetterLanguage.values()) {
                all.add(Arguments.of(kind, language));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyLetterInEveryLanguage")
    void every_letter_renders_in_every_language_with_a_long_cyrillic_name_and_the_qr_code(LetterKind kind,
                                                                                          LetterLanguage language) {
        Letter letter = letter(kind, language, 1);

        JasperPrint print = RENDERER.fill(List.of(letter));
        LetterRenderer.Rendered rendered = RENDERER.pdf(List.of(letter));

        assertThat(new String(rendered.pdf(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(rendered.letters()).isEqualTo(1);
        String text = texts(print);
        assertThat(text).contains(LONG_CYRILLIC).contains(LONG_LATIN)
                .contains(LetterTexts.text(language, kind.textKey() + ".title"))
                .contains(LetterTexts.text(language, "letter.qr"))
                .contains(RENDERER.informationUrl(language));
        assertThat(images(print)).isOne();
    }

    @Test
    void texts_of_the_letter_are_in_its_language_and_dates_written_as_that_language_writes_them() {
        String uk = texts(RENDERER.fill(List.of(letter(LetterKind.TB_APPOINTMENT, LetterLanguage.UK, 1))));
        String nb = texts(RENDERER.fill(List.of(letter(LetterKind.TB_APPOINTMENT, LetterLanguage.NB, 1))));

        assertThat(uk).contains("Рентген грудної клітки").contains("березня").doesNotContain("Chest X-ray");
        assertThat(nb).contains("Røntgen av brystet").contains("mars");
    }

    @Test
    void the_pdf_prints_cyrillic_and_the_characters_of_the_styled_markup_as_text() throws IOException {
        byte[] pdf = RENDERER.pdf(List.of(letter(LetterKind.TB_APPOINTMENT, LetterLanguage.UK, 1))).pdf();

        PdfReader reader = new PdfReader(pdf);
        try {
            String page = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(page).contains("Рентген грудної клітки").contains("Мар'яна-Лук'янівна")
                    // the styled markup of the facts keeps <, > and & of a value as text
                    .contains("Storgata 1 <bak> & co");
        } finally {
            reader.close();
        }
    }

    @Test
    void the_qr_code_of_each_language_reads_back_as_that_language_s_information_page() throws Exception {
        for (LetterLanguage language : LetterLanguage.values()) {
            BufferedImage image = QrCodes.image(RENDERER.informationUrl(language), 300);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            LuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);

            String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();

            assertThat(decoded).isEqualTo(SETTINGS.informationUrl().get(language.code()));
        }
    }

    @Test
    void a_batch_of_several_people_is_one_pdf_with_one_letter_each_on_its_own_page() throws IOException {
        List<Letter> letters = List.of(letter(LetterKind.TB_APPOINTMENT, LetterLanguage.UK, 1),
                letter(LetterKind.TB_APPOINTMENT, LetterLanguage.RU, 2),
                letter(LetterKind.TB_APPOINTMENT, LetterLanguage.NB, 3),
                letter(LetterKind.TB_APPOINTMENT, LetterLanguage.EN, 4));

        LetterRenderer.Rendered rendered = RENDERER.pdf(letters);

        assertThat(rendered.letters()).isEqualTo(4);
        assertThat(rendered.pages()).isEqualTo(4);
        PdfReader reader = new PdfReader(rendered.pdf());
        try {
            assertThat(reader.getNumberOfPages()).isEqualTo(4);
        } finally {
            reader.close();
        }
        JasperPrint print = RENDERER.fill(letters);
        for (JRPrintPage page : print.getPages()) {
            assertThat(page.getElements().stream().filter(JRPrintImage.class::isInstance)).hasSize(1);
        }
    }

    @Test
    void nothing_to_print_is_refused() {
        assertThatThrownBy(() -> RENDERER.pdf(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void every_language_bundle_has_exactly_the_keys_of_the_english_one() {
        Properties english = bundle("letters.properties");
        for (String file : List.of("letters_uk.properties", "letters_ru.properties", "letters_nb.properties")) {
            assertThat(bundle(file).stringPropertyNames()).as(file)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        }
    }

    @Test
    void settings_refuse_an_unknown_default_language_and_a_missing_information_page() {
        assertThatThrownBy(() -> new LetterSettings("de", SETTINGS.informationUrl(), "9"))
                .hasMessageContaining("language");
        assertThatThrownBy(() -> new LetterSettings("en", Map.of("uk", "https://x"), "9"))
                .hasMessageContaining("information-url");
    }

    private static Properties bundle(String file) {
        Properties properties = new Properties();
        try (InputStream in = Objects.requireNonNull(LetterRendererTest.class.getResourceAsStream("/letters/" + file))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    static String texts(JasperPrint print) {
        StringBuilder text = new StringBuilder();
        for (JRPrintPage page : print.getPages()) {
            for (JRPrintElement element : page.getElements()) {
                if (element instanceof JRPrintText printed) {
                    text.append(printed.getFullText()).append('\n');
                }
            }
        }
        return text.toString();
    }

    static int images(JasperPrint print) {
        int count = 0;
        for (JRPrintPage page : print.getPages()) {
            count += (int) page.getElements().stream().filter(JRPrintImage.class::isInstance).count();
        }
        return count;
    }
}
