package no.ankomst.reporting;

import static no.ankomst.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import no.ankomst.AnkomstTest;
import no.ankomst.reporting.ReportRenderer.Format;
import no.ankomst.reporting.ReportService.ReportFile;
import no.ankomst.reporting.SnapshotService.Snapshot;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Reports per role: managers every scope, centre staff their own sites, a coordinator their municipality's
 * settlement and programme figures, everyone else refused; a report outside
 * one's scope (asked for, or an archived file by its id) is refused and audited. An archived report is served as
 * archived: the same bytes and SHA-256 every time.
 */
@AnkomstTest
class ReportServiceTest {

    private static final String RADE = "Nasjonalt ankomstsenter Råde";
    private static final String HAUGESUND = "Haugesund mottak";

    @Autowired
    ReportService reports;
    @Autowired
    SnapshotService snapshots;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext db;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signInAs(String username) {
        ReportingFixtures.signInAs(users, username);
    }

    private Snapshot snapshotOfWeek(LocalDate day) {
        signInAs("manager");
        return snapshots.take(ReportPeriod.weekOf(day));
    }

    private int refusals(String entity, long id) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("REPORT_REFUSED")
                .and(AUDIT_EVENT.ENTITY_TYPE.eq(entity)).and(AUDIT_EVENT.ENTITY_ID.eq(Long.toString(id))));
    }

    @Test
    void a_manager_gets_the_country_report_and_the_same_bytes_every_time_it_is_opened() {
        Snapshot snapshot = snapshotOfWeek(LocalDate.of(2025, 9, 10));

        ReportFile pdf = reports.report(snapshot.id(), ReportScope.country(), Format.PDF, p -> { }).orElseThrow();
        ReportFile again = reports.report(snapshot.id(), ReportScope.country(), Format.PDF, p -> { }).orElseThrow();
        ReportFile downloaded = reports.download(pdf.archiveId()).orElseThrow();

        assertThat(again.archiveId()).isEqualTo(pdf.archiveId());
        assertThat(downloaded.content()).isEqualTo(pdf.content());
        assertThat(pdf.sha256()).isEqualTo(ReportService.sha256(pdf.content()));
        assertThat(pdf.dataAsOf()).isEqualTo(snapshot.takenAt());
        assertThat(new String(pdf.content(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        ReportFile xlsx = reports.report(snapshot.id(), ReportScope.country(), Format.XLSX, p -> { }).orElseThrow();
        assertThat(xlsx.fileName()).endsWith(".xlsx");
        assertThat(reports.archived(snapshot.id())).hasSize(2);
    }

    @Test
    void four_people_asking_for_the_same_new_report_at_once_get_one_rendering() throws Exception {
        Snapshot snapshot = snapshotOfWeek(LocalDate.of(2025, 6, 11));
        double renderedBefore = meters.counter(ReportService.RENDERINGS).count();
        UserDetails manager = users.loadUserByUsername("manager");
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(4);
        java.util.List<java.util.concurrent.Future<ReportFile>> asked = new java.util.ArrayList<>();
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 4; i++) {
                asked.add(threads.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
                            .authenticated(manager, null, manager.getAuthorities()));
                    together.await();
                    return reports.report(snapshot.id(), ReportScope.country(), Format.PDF, p -> { }).orElseThrow();
                }));
            }
        }

        java.util.Set<Long> archiveIds = new java.util.HashSet<>();
        for (var answer : asked) {
            archiveIds.add(answer.get().archiveId());
        }
        assertThat(archiveIds).hasSize(1);
        assertThat(meters.counter(ReportService.RENDERINGS).count() - renderedBefore).isEqualTo(1.0);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("REPORT_RENDERED")
                .and(AUDIT_EVENT.ENTITY_ID.eq(Long.toString(archiveIds.iterator().next()))))).isEqualTo(1);
    }

    @Test
    void centre_staff_get_their_sites_report_and_are_refused_another_site_with_an_audit_line() {
        Snapshot snapshot = snapshotOfWeek(LocalDate.of(2025, 9, 17));
        ReportingFixtures fixtures = new ReportingFixtures(db);
        long rade = fixtures.siteNamed(RADE);
        long haugesund = fixtures.siteNamed(HAUGESUND);

        signInAs("staff");
        Optional<ReportFile> own = reports.report(snapshot.id(), ReportScope.site(rade), Format.PDF, p -> { });
        Optional<ReportFile> other = reports.report(snapshot.id(), ReportScope.site(haugesund), Format.PDF, p -> { });
        Optional<ReportFile> country = reports.report(snapshot.id(), ReportScope.country(), Format.PDF, p -> { });

        assertThat(own).isPresent();
        assertThat(other).isEmpty();
        assertThat(country).isEmpty();
        assertThat(refusals("report_snapshot", snapshot.id())).isEqualTo(2);
        assertThat(reports.scopes()).containsExactly(ReportScope.site(rade));
    }

    @Test
    void an_archived_file_of_another_scope_asked_for_by_its_id_is_refused_and_audited() {
        Snapshot snapshot = snapshotOfWeek(LocalDate.of(2025, 9, 24));
        long haugesund = new ReportingFixtures(db).siteNamed(HAUGESUND);
        ReportFile theirs = reports.report(snapshot.id(), ReportScope.site(haugesund), Format.XLSX, p -> { })
                .orElseThrow();
        ReportFile national = reports.report(snapshot.id(), ReportScope.country(), Format.PDF, p -> { })
                .orElseThrow();

        signInAs("staff");
        assertThat(reports.download(theirs.archiveId())).isEmpty();
        assertThat(reports.download(national.archiveId())).isEmpty();
        assertThat(reports.download(Long.MAX_VALUE)).isEmpty();
        assertThat(reports.archived(snapshot.id())).isEmpty();

        assertThat(refusals("report_archive", theirs.archiveId())).isEqualTo(1);
        assertThat(refusals("report_archive", national.archiveId())).isEqualTo(1);
    }

    @Test
    void a_coordinator_gets_their_municipalitys_settlement_report_and_nothing_wider() throws java.io.IOException {
        Snapshot snapshot = snapshotOfWeek(LocalDate.of(2025, 10, 8));
        ReportFile managers = reports.report(snapshot.id(), ReportScope.municipality("3107"), Format.PDF, p -> { })
                .orElseThrow();
        long rade = new ReportingFixtures(db).siteNamed(RADE);

        signInAs("coordinator");
        assertThat(reports.scopes()).containsExactly(ReportScope.municipality("0301"));
        ReportFile own = reports.report(snapshot.id(), ReportScope.municipality("0301"), Format.PDF, p -> { })
                .orElseThrow();
        String text = ReportRendererTest.pdfText(own.content());
        assertThat(text).contains("Bosetting").contains("Introduksjonsprogram").contains("Oslo")
                .doesNotContain("Belegg").doesNotContain("TB-undersøkelse");
        assertThat(reports.report(snapshot.id(), ReportScope.municipality("3107"), Format.PDF, p -> { })).isEmpty();
        assertThat(reports.report(snapshot.id(), ReportScope.county("03"), Format.PDF, p -> { })).isEmpty();
        assertThat(reports.report(snapshot.id(), ReportScope.country(), Format.PDF, p -> { })).isEmpty();
        assertThat(reports.report(snapshot.id(), ReportScope.site(rade), Format.PDF, p -> { })).isEmpty();
        assertThat(reports.download(managers.archiveId())).isEmpty();
        assertThat(reports.archived(snapshot.id())).extracting(ReportService.ArchivedReport::scope)
                .containsExactly(ReportScope.municipality("0301"));
        assertThat(refusals("report_snapshot", snapshot.id())).isEqualTo(4);
        assertThat(refusals("report_archive", managers.archiveId())).isEqualTo(1);
    }

    @Test
    void a_manager_may_ask_for_the_country_every_county_and_every_site() {
        signInAs("manager");
        long rade = new ReportingFixtures(db).siteNamed(RADE);
        assertThat(reports.scopes()).startsWith(ReportScope.country())
                .contains(ReportScope.county("31"), ReportScope.county("56"), ReportScope.site(rade))
                .doesNotContain(ReportScope.municipality("0301"));
    }

    @Test
    void health_staff_and_administrators_are_refused_reports() {
        Snapshot snapshot = snapshotOfWeek(LocalDate.of(2025, 10, 1));
        for (String user : new String[] {"health", "admin"}) {
            signInAs(user);
            assertThatThrownBy(() -> reports.report(snapshot.id(), ReportScope.country(), Format.PDF, p -> { }))
                    .as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reports.download(1L)).as(user).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_report_of_an_unknown_snapshot_is_refused_not_an_error() {
        signInAs("manager");
        assertThat(reports.report(Long.MAX_VALUE, ReportScope.country(), Format.PDF, p -> { })).isEmpty();
    }
}
