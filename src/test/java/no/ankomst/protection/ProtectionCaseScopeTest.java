package no.ankomst.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import no.ankomst.AnkomstTest;
import no.ankomst.protection.ProtectionCaseRecords.CaseFilter;
import no.ankomst.protection.ProtectionCaseRecords.CaseRow;
import no.ankomst.protection.ProtectionCaseRecords.CaseSort;
import no.ankomst.protection.ProtectionCaseRecords.StateChange;
import no.ankomst.protection.ProtectionCaseRecords.WaitingSince;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Who reads and who changes a case: the staff of the site where the person stays now change it. */
@AnkomstTest
class ProtectionCaseScopeTest {

    @Autowired
    ProtectionCaseService cases;
    @Autowired
    DSLContext db;
    @Autowired
    ApplicationContext context;

    private CaseFixtures fixtures;
    @Autowired
    Clock clock;

    /** Today on the app's clock (Oslo), not the JVM's zone: they differ for hours each day elsewhere. */
    private LocalDate today;

    @BeforeEach
    void fixtures() {
        today = LocalDate.now(clock);
        fixtures = new CaseFixtures(db, context);
    }

    private long caseOf(long personId) {
        return fixtures.as("admin", () -> cases.open(personId, today.minusDays(3), "registered"));
    }

    private StateChange sent() {
        return new StateChange(CaseState.SENT_TO_UDI, today, "sent", null, null);
    }

    private java.util.List<Long> listed(CaseFilter filter) {
        return cases.page(filter, CaseSort.WAITING, 0, 500, null).stream().map(CaseRow::caseId).toList();
    }

    @Test
    @WithUserDetails("staff")
    void centre_staff_read_and_change_cases_of_people_at_their_site_only() {
        long here = fixtures.personAt(CaseFixtures.RADE);
        long elsewhere = fixtures.personAt(CaseFixtures.HAUGESUND);
        long hereCase = caseOf(here);
        long elsewhereCase = caseOf(elsewhere);

        cases.changeState(hereCase, 0, sent());
        assertThat(cases.caseOf(here)).get().extracting(c -> c.state()).isEqualTo(CaseState.SENT_TO_UDI);
        assertThatThrownBy(() -> cases.caseOf(elsewhere)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.changeState(elsewhereCase, 0, sent())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.open(elsewhere, today, "not mine")).isInstanceOf(AccessDeniedException.class);
        assertThat(listed(new CaseFilter(CaseState.REGISTERED_WITH_POLICE, null, null, WaitingSince.LAST_EVENT, null,
                false))).doesNotContain(elsewhereCase, hereCase);
        assertThat(listed(new CaseFilter(CaseState.SENT_TO_UDI, null, null, WaitingSince.LAST_EVENT, null, false)))
                .contains(hereCase);
    }

    @Test
    @WithUserDetails("staff")
    void centre_staff_still_read_a_case_after_the_person_moved_on_but_no_longer_change_it() {
        long person = fixtures.personAt(CaseFixtures.RADE);
        long id = caseOf(person);
        fixtures.checkOut(person);

        assertThat(cases.caseOf(person)).isPresent();
        assertThat(cases.panel(person).mayChange()).isFalse();
        assertThatThrownBy(() -> cases.changeState(id, 0, sent())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_reads_every_case_and_changes_none() {
        long person = fixtures.personAt(CaseFixtures.HAUGESUND);
        long id = caseOf(person);

        assertThat(cases.caseOf(person)).isPresent();
        assertThat(listed(new CaseFilter(CaseState.REGISTERED_WITH_POLICE, null, null, WaitingSince.LAST_EVENT, null,
                false))).contains(id);
        assertThat(cases.panel(person).mayChange()).isFalse();
        assertThatThrownBy(() -> cases.changeState(id, 0, sent())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_changes_any_case() {
        long person = fixtures.personAt(CaseFixtures.HAUGESUND);
        long id = caseOf(person);

        cases.changeState(id, 0, sent());
        assertThat(cases.caseOf(person)).get().extracting(c -> c.state()).isEqualTo(CaseState.SENT_TO_UDI);
    }

    @Test
    @WithUserDetails("health")
    void health_staff_have_no_business_with_cases() {
        long person = fixtures.personAt(CaseFixtures.HAUGESUND);
        caseOf(person);

        assertThat(cases.available()).isFalse();
        assertThatThrownBy(() -> cases.caseOf(person)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.page(CaseFilter.none(), CaseSort.NAME, 0, 50, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("staff")
    void the_list_filters_by_site_days_waiting_and_seeks_on_from_the_last_row() {
        long site = fixtures.site(CaseFixtures.RADE);
        long waitingLong = fixtures.personAt(CaseFixtures.RADE);
        long waitingShort = fixtures.personAt(CaseFixtures.RADE);
        long longCase = fixtures.as("admin", () -> cases.open(waitingLong, today.minusDays(400), "registered"));
        long shortCase = fixtures.as("admin", () -> cases.open(waitingShort, today.minusDays(2), "registered"));

        CaseFilter longWaiting = new CaseFilter(CaseState.REGISTERED_WITH_POLICE, site, 300, WaitingSince.REGISTERED,
                null, false);
        assertThat(listed(longWaiting)).contains(longCase).doesNotContain(shortCase);
        CaseFilter atSite = new CaseFilter(CaseState.REGISTERED_WITH_POLICE, site, null, WaitingSince.REGISTERED,
                null, false);
        java.util.List<CaseRow> all = cases.page(atSite, CaseSort.WAITING, 0, 500, null);
        assertThat(all).extracting(CaseRow::caseId).contains(longCase, shortCase);
        assertThat(all).extracting(CaseRow::registeredOn).isSorted();
        // a page after the first row holds what the full list holds after it
        java.util.List<CaseRow> rest = cases.page(atSite, CaseSort.WAITING, 0, 500, all.getFirst().caseId());
        assertThat(rest).isEqualTo(all.subList(1, all.size()));
        for (CaseSort sort : CaseSort.values()) {
            java.util.List<CaseRow> sorted = cases.page(atSite, sort, 0, 500, null);
            assertThat(cases.page(atSite, sort, 0, 500, sorted.getFirst().caseId()))
                    .as("seeking on, sorted by %s", sort).isEqualTo(sorted.subList(1, sorted.size()));
            assertThat(cases.page(atSite, sort, 1, 500, null)).as("offset, sorted by %s", sort)
                    .isEqualTo(sorted.subList(1, sorted.size()));
        }
    }
}
