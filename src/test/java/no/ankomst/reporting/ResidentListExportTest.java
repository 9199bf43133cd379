package no.ankomst.reporting;

import static no.ankomst.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import no.ankomst.AnkomstTest;
import no.ankomst.reporting.ReportRenderer.Format;
import no.ankomst.reporting.ResidentListExport.Exported;
import no.ankomst.residents.ResidentRecords.ResidentFilter;
import no.ankomst.residents.ResidentService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The whole residents list: exactly the people the caller's list shows, every export audited with its size; staff
 * asking for another site's list are refused and audited; roles without reports are refused.
 */
@AnkomstTest
class ResidentListExportTest {

    private static final String RADE = "Nasjonalt ankomstsenter Råde";
    private static final String HAUGESUND = "Haugesund mottak";

    @Autowired
    ResidentListExport export;
    @Autowired
    ResidentService residents;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext db;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signInAs(String username) {
        ReportingFixtures.signInAs(users, username);
    }

    private int audited(String action) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(action));
    }

    @Test
    void a_manager_gets_everyone_the_list_shows_and_the_export_is_audited() throws IOException {
        signInAs("manager");
        int listed = residents.count(ResidentFilter.none());
        int auditedBefore = audited("RESIDENTS_EXPORTED");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Exported exported = export.export(null, Format.PDF, Locale.ENGLISH, out, share -> { });

        assertThat(listed).isPositive();
        assertThat(exported.people()).isEqualTo(listed);
        assertThat(exported.fileName()).endsWith(".pdf");
        assertThat(audited("RESIDENTS_EXPORTED")).isEqualTo(auditedBefore + 1);
        PdfReader reader = new PdfReader(out.toByteArray());
        try {
            assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(listed / 60);
        } finally {
            reader.close();
        }
    }

    @Test
    void staff_export_the_people_staying_now_at_their_site_and_are_refused_another_site() {
        ReportingFixtures fixtures = new ReportingFixtures(db);
        long rade = fixtures.siteNamed(RADE);
        long haugesund = fixtures.siteNamed(HAUGESUND);
        signInAs("staff");
        int staying = residents.count(new ResidentFilter("", rade, null, null, null, true));
        int refusedBefore = audited("REPORT_REFUSED");

        Exported own = export.export(rade, Format.XLSX, Locale.ENGLISH, new ByteArrayOutputStream(), share -> { });

        assertThat(own.people()).isEqualTo(staying);
        assertThatThrownBy(() -> export.export(haugesund, Format.PDF, Locale.ENGLISH, new ByteArrayOutputStream(),
                share -> { })).isInstanceOf(AccessDeniedException.class);
        assertThat(audited("REPORT_REFUSED")).isEqualTo(refusedBefore + 1);
    }

    @Test
    void roles_without_reports_are_refused() {
        for (String user : new String[] {"health", "coordinator"}) {
            signInAs(user);
            assertThatThrownBy(() -> export.export(null, Format.PDF, Locale.ENGLISH, new ByteArrayOutputStream(),
                    share -> { })).as(user).isInstanceOf(AccessDeniedException.class);
        }
    }
}
