package no.ankomst.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import no.ankomst.AnkomstTest;
import no.ankomst.base.WorklistItem;
import no.ankomst.residents.ResidentTestData;
import no.ankomst.settlement.PipelineRecords.Due;
import no.ankomst.settlement.PipelineRecords.PipelineFilter;
import no.ankomst.settlement.PipelineRecords.PipelineRow;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Who sees which households in the pipeline, and the worklist counts the list it opens. */
@AnkomstTest
class PipelineScopeTest {

    @Autowired
    DSLContext db;
    @Autowired
    SettlementPipeline pipeline;
    @Autowired
    PipelineService pipelines;
    @Autowired
    SettlementWorklist worklist;
    @Autowired
    ResidentTestData data;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;

    /** A granted single adult at the site whose permit started {@code daysAgo}; its household id. */
    private long grantedAt(String site, int daysAgo) {
        SettlementFixtures fixtures = new SettlementFixtures(db);
        LocalDate today = LocalDate.now(clock);
        long household = fixtures.household();
        long head = fixtures.member(household, "HEAD", LocalDate.of(1979, 4, 4), site, today);
        fixtures.grant(head, today.minusDays(daysAgo));
        new TransactionTemplate(transactions).executeWithoutResult(status -> pipeline.refresh(household));
        return household;
    }

    private boolean sees(String user, long household) {
        return data.as(user, () -> pipelines.page(PipelineFilter.all(), 0, 100_000)).stream()
                .anyMatch(row -> row.householdId() == household);
    }

    @Test
    void officers_see_their_counties_staff_their_sites_managers_all() {
        long rade = grantedAt(SettlementFixtures.RADE, 10);
        long haugesund = grantedAt(SettlementFixtures.HAUGESUND, 10);

        assertThat(sees("officer", rade)).isTrue();
        assertThat(sees("officer", haugesund)).isFalse();
        assertThat(sees("staff", rade)).isTrue();
        assertThat(sees("staff", haugesund)).isFalse();
        assertThat(sees(ResidentTestData.HAUGESUND_STAFF, haugesund)).isTrue();
        assertThat(sees("manager", rade) && sees("manager", haugesund)).isTrue();
        for (String user : java.util.List.of("health", "coordinator")) {
            assertThatThrownBy(() -> data.as(user, () -> pipelines.counts())).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void past_and_near_targets_are_counted_as_the_list_they_open() {
        long past = grantedAt(SettlementFixtures.RADE, 200);
        long near = grantedAt(SettlementFixtures.RADE, 170);

        var pastRows = data.as("officer", () -> pipelines.page(new PipelineFilter(null, null, Due.PAST), 0, 100_000));
        var nearRows = data.as("officer", () -> pipelines.page(new PipelineFilter(null, null, Due.NEAR), 0, 100_000));
        assertThat(pastRows).extracting(PipelineRow::householdId).contains(past).doesNotContain(near);
        assertThat(nearRows).extracting(PipelineRow::householdId).contains(near).doesNotContain(past);
        var counts = data.as("officer", () -> pipelines.counts());
        assertThat(counts.past()).isEqualTo(pastRows.size());
        assertThat(counts.near()).isEqualTo(nearRows.size());
        assertThat(data.as("officer", () -> worklist.itemsForCurrentUser()))
                .extracting(WorklistItem::route, WorklistItem::count)
                .contains(org.assertj.core.groups.Tuple.tuple("settlement/pipeline?due=PAST", (long) pastRows.size()));
        assertThat(counts.perState().get(SettlementState.WAITING_INTERVIEW)).isPositive();
    }
}
