package no.ankomst.health;

import static no.ankomst.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import no.ankomst.AnkomstTest;
import no.ankomst.MovableClock;
import no.ankomst.health.TbRecords.TbFilter;
import no.ankomst.health.TbRecords.TbHealthDetail;
import no.ankomst.health.TbRecords.TbResultPage;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Results are health data: only health staff of the person's site read them, each read audited, each refused read
 * refused and audited; everyone else reads the status. Per role and per read path (service level; the views are in
 * the ui tests).
 */
@AnkomstTest
class TbHealthReadsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 3);

    @Autowired
    TbResultService results;
    @Autowired
    TbStatusService statuses;
    @Autowired
    DSLContext db;
    @Autowired
    MovableClock clock;

    private TbFixtures fixtures;
    private long atHaugesund;
    private long resultAtHaugesund;
    private long atRade;
    private long resultAtRade;

    @BeforeEach
    void setUp() {
        clock.setDate(TODAY);
        fixtures = new TbFixtures(db);
        atHaugesund = fixtures.residentAt(fixtures.site(TbFixtures.HAUGESUND), TODAY.minusDays(10));
        resultAtHaugesund = fixtures.result(atHaugesund, TbOutcome.LATENT_INFECTION, TODAY.minusDays(1));
        atRade = fixtures.residentAt(fixtures.site(TbFixtures.RADE), TODAY.minusDays(10));
        resultAtRade = fixtures.result(atRade, TbOutcome.NO_FINDING, TODAY.minusDays(1));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private boolean audited(String action, String actor, String entityType, long id) {
        return db.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(action).and(AUDIT_EVENT.ACTOR.eq(actor))
                .and(AUDIT_EVENT.ENTITY_TYPE.eq(entityType)).and(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(id))));
    }

    private void refusedAndAudited(String actor) {
        assertThatThrownBy(() -> results.healthDetail(atHaugesund)).isInstanceOf(AccessDeniedException.class);
        assertThat(audited("TB_RESULT_REFUSED", actor, "person", atHaugesund)).isTrue();
        assertThatThrownBy(() -> results.result(resultAtHaugesund)).isInstanceOf(AccessDeniedException.class);
        assertThat(audited("TB_RESULT_REFUSED", actor, "tb_result", resultAtHaugesund)).isTrue();
        assertThat(audited("TB_RESULT_READ", actor, "tb_result", resultAtHaugesund)).isFalse();
    }

    @Test
    @WithUserDetails("health")
    void health_staff_of_the_site_read_results_by_the_tab_and_by_address_and_each_read_is_audited() {
        TbHealthDetail detail = results.healthDetail(atHaugesund);
        assertThat(detail.results()).singleElement().satisfies(r -> assertThat(r.outcome())
                .isEqualTo(TbOutcome.LATENT_INFECTION));
        assertThat(audited("TB_RESULT_READ", "health", "person", atHaugesund)).isTrue();

        TbResultPage page = results.result(resultAtHaugesund);
        assertThat(page.result().personId()).isEqualTo(atHaugesund);
        assertThat(audited("TB_RESULT_READ", "health", "tb_result", resultAtHaugesund)).isTrue();
    }

    @Test
    @WithUserDetails("health")
    void health_staff_of_another_site_are_refused_and_the_refusal_is_audited() {
        assertThatThrownBy(() -> results.healthDetail(atRade)).isInstanceOf(AccessDeniedException.class);
        assertThat(audited("TB_RESULT_REFUSED", "health", "person", atRade)).isTrue();
        assertThatThrownBy(() -> results.result(resultAtRade)).isInstanceOf(AccessDeniedException.class);
        assertThat(audited("TB_RESULT_REFUSED", "health", "tb_result", resultAtRade)).isTrue();
        // an unknown id is refused the same way: nothing tells it apart from another site's
        assertThatThrownBy(() -> results.result(Long.MAX_VALUE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("staff")
    void centre_staff_are_refused_results_and_read_only_the_status() {
        refusedAndAudited("staff");
        assertThat(statuses.summary(atRade).orElseThrow().status()).isEqualTo(TbStatus.DONE);
        assertThatThrownBy(() -> statuses.count(new TbFilter(null, Set.of(), null, null, false, true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> statuses.count(new TbFilter(null, Set.of(), null, null, true, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(statuses.count(TbFilter.status(TbStatus.DONE))).isPositive();
    }

    @Test
    @WithUserDetails("manager")
    void managers_are_refused_results_and_read_only_the_status() {
        refusedAndAudited("manager");
        assertThat(statuses.summary(atHaugesund).orElseThrow().status()).isEqualTo(TbStatus.DONE);
        // the TB list and its worklist lines are for the staff of the sites
        assertThatThrownBy(() -> statuses.count(TbFilter.all())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void administrators_are_refused_results_and_read_only_the_status() {
        refusedAndAudited("admin");
        assertThat(statuses.summary(atHaugesund).orElseThrow().status()).isEqualTo(TbStatus.DONE);
        assertThatThrownBy(() -> statuses.page(TbFilter.all(), 0, 50)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("coordinator")
    void coordinators_read_neither_results_nor_the_status() {
        refusedAndAudited("coordinator");
        assertThatThrownBy(() -> statuses.summary(atHaugesund)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> statuses.count(TbFilter.all())).isInstanceOf(AccessDeniedException.class);
    }
}
