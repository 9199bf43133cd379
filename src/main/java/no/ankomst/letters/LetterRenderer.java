package no.ankomst.letters;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JasperPrint;
import no.ankomst.reporting.ReportRenderer;
import no.ankomst.reporting.ReportRenderer.Format;
import org.springframework.stereotype.Component;

/**
 * Renders letters through the {@code letter} template: one PDF with every letter starting on a page of its own, the
 * texts of each in its own language, with the QR code to the information page of that language. No database, no
 * scope: callers hand in letters they were allowed to make ({@link LetterService}); the benchmark hands in made-up
 * ones to time rendering alone.
 */
@Component
public class LetterRenderer {

    static final String TEMPLATE = "letter";
    private static final int QR_PIXELS = 300;

    private final ReportRenderer reports;
    private final Map<LetterLanguage, String> urls;
    private final Map<LetterLanguage, BufferedImage> codes = new EnumMap<>(LetterLanguage.class);

    public LetterRenderer(ReportRenderer reports, LetterSettings settings) {
        this.reports = reports;
        this.urls = settings.urls();
        // one image per language, drawn once: every letter in that language shows the same page
        urls.forEach((language, url) -> codes.put(language, QrCodes.image(url, QR_PIXELS)));
    }

    /** The PDF, how many letters it holds and how many pages they took. */
    public record Rendered(byte[] pdf, int letters, int pages) {
    }

    /** One PDF of all the letters, in their order; an empty list is refused (there is nothing to print). */
    public Rendered pdf(List<Letter> letters) {
        if (letters.isEmpty()) {
            throw new IllegalArgumentException("no letters to render");
        }
        JasperPrint print = fill(letters);
        byte[] pdf = reports.export(TEMPLATE, print, Format.PDF);
        return new Rendered(pdf, letters.size(), print.getPages().size());
    }

    /** The filled letters before export (what the PDF will hold, page by page). */
    JasperPrint fill(List<Letter> letters) {
        List<Map<String, ?>> rows = new ArrayList<>(letters.size());
        for (int i = 0; i < letters.size(); i++) {
            rows.add(row(i + 1, letters.get(i)));
        }
        return reports.fill(TEMPLATE, Map.of(), rows);
    }

    /** The information page a letter in this language leads to. */
    public String informationUrl(LetterLanguage language) {
        return urls.get(language);
    }

    private Map<String, Object> row(int number, Letter letter) {
        LetterLanguage language = letter.language();
        String prefix = letter.kind().textKey();
        String name = letter.name();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("letterNo", number);
        row.put("sender", LetterTexts.text(language, "letter.sender"));
        row.put("dated", LetterTexts.text(language, "letter.dated", LetterTexts.date(language, letter.dated())));
        String cyrillic = letter.nameCyrillic();
        row.put("recipient", LetterTexts.text(language, prefix + ".recipient",
                cyrillic == null || cyrillic.isBlank() ? name : name + " / " + cyrillic));
        row.put("title", LetterTexts.text(language, prefix + ".title"));
        row.put("greeting", LetterTexts.text(language, prefix + ".greeting"));
        row.put("body", LetterTexts.text(language, prefix + ".body"));
        row.put("facts", facts(language, letter.facts()));
        row.put("closing", LetterTexts.text(language, prefix + ".closing"));
        row.put("signature", LetterTexts.text(language, "letter.signature"));
        row.put("qr", codes.get(language));
        row.put("qrCaption", LetterTexts.text(language, "letter.qr"));
        row.put("url", urls.get(language));
        return row;
    }

    /** The facts as styled text: each label in bold, its value after it; values escaped for the styled markup. */
    private static String facts(LetterLanguage language, List<Letter.Fact> facts) {
        StringBuilder text = new StringBuilder();
        for (Letter.Fact fact : facts) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append("<style isBold=\"true\">").append(escape(LetterTexts.text(language, fact.labelKey())))
                    .append(":</style> ").append(escape(value(language, fact.value())));
        }
        return text.toString();
    }

    private static String value(LetterLanguage language, Object value) {
        return switch (value) {
            case LocalDate day -> LetterTexts.date(language, day);
            case Letter.Key key -> LetterTexts.text(language, key.key());
            default -> String.valueOf(value);
        };
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
