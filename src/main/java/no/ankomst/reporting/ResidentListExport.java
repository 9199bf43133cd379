package no.ankomst.reporting;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleConsumer;
import no.ankomst.accommodation.SiteRecords.SiteRow;
import no.ankomst.accommodation.SiteService;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.reporting.ReportRenderer.Format;
import no.ankomst.residents.ResidentRecords.ResidentFilter;
import no.ankomst.residents.ResidentRecords.ResidentRow;
import no.ankomst.residents.ResidentService;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import no.ankomst.security.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole residents list as one PDF or XLSX, for the people the caller's scope reaches (or those staying now at one
 * of their sites): streamed from the database through the template into the output, never held in memory, so the
 * full list of 500,000 people prints within a small heap. Personal data in bulk: every export is audited with its
 * size, and a site outside the caller's scope is refused and audited.
 */
@Service
public class ResidentListExport {

    static final String TEMPLATE = "residents";
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final ResidentService residents;
    private final SiteService sites;
    private final ReportRenderer renderer;
    private final Permissions permissions;
    private final AuditService audit;
    private final Clock clock;

    ResidentListExport(ResidentService residents, SiteService sites, ReportRenderer renderer, Permissions permissions,
                       AuditService audit, Clock clock) {
        this.residents = residents;
        this.sites = sites;
        this.renderer = renderer;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** What was written: the file's name and how many people it lists. */
    public record Exported(String fileName, Format format, long people) {
    }

    /**
     * Writes the list to {@code out}: everyone the caller's scope reaches when {@code siteId} is null, else the people
     * staying now at that site. {@code progress} hears the share written so far (0 to 1). One transaction: the
     * database cursor streams inside it and the audit line is written with it.
     */
    @Transactional
    public Exported export(@Nullable Long siteId, Format format, Locale locale, OutputStream out,
                           DoubleConsumer progress) {
        // reports and residents both: managers and centre staff (a coordinator reads reports, not the residents list)
        permissions.require(Capability.READ_RESIDENTS);
        Scope scope = permissions.require(Capability.READ_REPORTS);
        String scopeName = scopeName(scope, siteId, locale);
        ResidentFilter filter = new ResidentFilter("", siteId, null, null, null, siteId != null);
        int total = Math.max(1, residents.count(filter));
        AtomicLong written = new AtomicLong();
        residents.withEveryResident(filter, rows -> {
            renderer.renderLarge(TEMPLATE, parameters(locale, scopeName), rows.map(row -> {
                long n = written.incrementAndGet();
                if (n % 1000 == 0) {
                    progress.accept(Math.min(1.0, (double) n / total));
                }
                return fields(row);
            }).iterator(), format, out);
            return null;
        });
        audit.record(AuditAction.RESIDENTS_EXPORTED, "site", siteId == null ? "all" : siteId,
                written.get() + " people, " + format.name());
        String fileName = "residents-" + (siteId == null ? "all" : "site-" + siteId) + "-"
                + LocalDateTime.now(clock).toLocalDate() + "." + format.extension();
        return new Exported(fileName, format, written.get());
    }

    /** The name of the chosen site, or "everyone you reach"; a site outside the scope is refused and audited. */
    private String scopeName(Scope scope, @Nullable Long siteId, Locale locale) {
        if (siteId == null) {
            return ReportService.text(locale, "report.residents.scopeAll");
        }
        SiteRow site = scope.coversSite(siteId) ? sites.visibleSites().stream().filter(s -> s.id() == siteId)
                .findFirst().orElse(null) : null;
        if (site == null) {
            audit.recordRead(AuditAction.REPORT_REFUSED, "site", siteId, "residents list");
            throw new AccessDeniedException("site " + siteId + " is not in the caller's scope");
        }
        return ReportService.text(locale, "report.residents.scopeSite").replace("{0}", site.name());
    }

    private Map<String, Object> parameters(Locale locale, String scopeName) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("TITLE", ReportService.text(locale, "report.residents.title"));
        parameters.put("SCOPE", scopeName);
        parameters.put("GENERATED", ReportService.text(locale, "report.residents.generated")
                .replace("{0}", PRINTED.format(LocalDateTime.now(clock))));
        for (String heading : new String[] {"NAME", "CYRILLIC", "BORN", "SEX", "CITIZENSHIP", "SITE", "PLACE",
                "HOUSEHOLD"}) {
            parameters.put("H_" + heading, ReportService.text(locale, "report.residents.h." + heading.toLowerCase(Locale.ROOT)));
        }
        parameters.put("PAGE", ReportService.text(locale, "report.residents.page"));
        parameters.put("NO_DATA", ReportService.text(locale, "report.residents.noData"));
        parameters.put(net.sf.jasperreports.engine.JRParameter.REPORT_LOCALE, locale);
        return parameters;
    }

    private static Map<String, ?> fields(ResidentRow row) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", row.familyName() + ", " + row.givenNames());
        fields.put("nameCyrillic", row.familyNameCyrillic() == null ? null
                : row.familyNameCyrillic() + ", " + (row.givenNamesCyrillic() == null ? "" : row.givenNamesCyrillic()));
        fields.put("birthDate", java.sql.Date.valueOf(row.birthDate()));
        fields.put("sex", row.sex().name().substring(0, 1));
        fields.put("citizenships", String.join(" ", row.citizenships()));
        fields.put("site", row.siteName());
        fields.put("place", row.unitName() == null ? null
                : row.unitName() + (row.bedLabel() == null ? "" : " / " + row.bedLabel()));
        fields.put("household", row.householdSize());
        return fields;
    }
}
