package no.ankomst.letters;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.reference.Municipality;
import no.ankomst.reference.MunicipalityService;
import no.ankomst.reporting.ReportRenderer;
import no.ankomst.reporting.ReportRenderer.Format;
import no.ankomst.settlement.HandoverDocument;
import no.ankomst.settlement.HandoverService;
import no.ankomst.settlement.ProposalRecords.Handover;
import no.ankomst.settlement.ProposalRecords.HandoverMember;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The handover summary as a PDF for the municipality ({@code reports/handover.jrxml}), in the reader's UI language:
 * read through {@link HandoverService#handover} (its scope, and its audit of the read), TB as a status only, and
 * audited once more as a document that left the system ({@code HANDOVER_PDF_PRODUCED}).
 */
@Component
class HandoverPdf implements HandoverDocument {

    static final String TEMPLATE = "handover";

    private final HandoverService handovers;
    private final MunicipalityService municipalities;
    private final ReportRenderer renderer;
    private final AuditService audit;
    private final Clock clock;

    HandoverPdf(HandoverService handovers, MunicipalityService municipalities, ReportRenderer renderer,
                AuditService audit, Clock clock) {
        this.handovers = handovers;
        this.municipalities = municipalities;
        this.renderer = renderer;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Document handover(long householdId, Locale locale) {
        Handover handover = handovers.handover(householdId);
        List<Map<String, ?>> rows = new ArrayList<>();
        for (HandoverMember member : handover.members()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", member.name());
            row.put("age", member.age());
            row.put("settlementDate", date(member.settlementDate(), locale));
            row.put("tb", text(locale, member.tbStatusKey()));
            rows.add(row);
        }
        String municipality = municipalities.all().stream()
                .filter(m -> m.code().equals(handover.municipalityCode())).map(Municipality::name).findFirst()
                .orElse(handover.municipalityCode());
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("TITLE", text(locale, "settlement.handoverHeading"));
        parameters.put("MUNICIPALITY", municipality + " (" + handover.municipalityCode() + ")");
        parameters.put("PRINTED", date(LocalDate.now(clock), locale));
        parameters.put("MEMBERS", text(locale, "settlement.members"));
        parameters.put("NAME_HEADING", text(locale, "field.name"));
        parameters.put("AGE_HEADING", text(locale, "settlement.age"));
        parameters.put("DATE_HEADING", text(locale, "field.settlementDate"));
        parameters.put("TB_HEADING", text(locale, "settlement.tbStatus"));
        parameters.put("SUMMARY", summary(handover, locale));
        byte[] pdf = renderer.render(TEMPLATE, parameters, rows, Format.PDF);
        audit.recordRead(AuditAction.HANDOVER_PDF_PRODUCED, "household", householdId,
                "handover PDF to " + handover.municipalityCode());
        return new Document("handover-" + householdId + ".pdf", "application/pdf", pdf);
    }

    private static String summary(Handover h, Locale locale) {
        List<String> languages = h.languages().stream()
                .map(code -> Locale.forLanguageTag(code).getDisplayLanguage(locale)).toList();
        StringBuilder text = new StringBuilder();
        line(text, locale, "settlement.languages", String.join(", ", languages));
        line(text, locale, "settlement.schoolAge", String.valueOf(h.schoolAgeChildren()));
        line(text, locale, "settlement.kindergartenAge", String.valueOf(h.kindergartenAgeChildren()));
        line(text, locale, "settlement.roomsNeeded", String.valueOf(h.roomsNeeded()));
        line(text, locale, "settlement.needsAccessible",
                text(locale, h.needsAccessible() ? "settlement.yes" : "settlement.no"));
        line(text, locale, "settlement.neededServices", String.join(", ", h.neededServices()));
        line(text, locale, "settlement.interviewSummary", h.interviewSummary() == null ? "" : h.interviewSummary());
        return text.toString();
    }

    private static void line(StringBuilder text, Locale locale, String labelKey, String value) {
        if (!text.isEmpty()) {
            text.append('\n');
        }
        text.append("<style isBold=\"true\">").append(LetterRenderer.escape(text(locale, labelKey)))
                .append(":</style> ").append(LetterRenderer.escape(value));
    }

    private static String date(@Nullable LocalDate day, Locale locale) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    /** The app's own texts (the bundles the views use), so the PDF says what the page says. */
    private static String text(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle("vaadin-i18n.translations", locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
