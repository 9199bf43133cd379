package no.ankomst.demo;

import static no.ankomst.db.Tables.CASE_EVENT;
import static no.ankomst.db.Tables.PERMIT;
import static no.ankomst.db.Tables.PROTECTION_CASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.selectOne;

import java.time.Clock;
import java.time.LocalDate;
import no.ankomst.AnkomstTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo residents come with believable cases, loaded past the database's own checks of the process. */
@AnkomstTest
class DemoCasesTest {

    @Autowired
    DSLContext db;
    @Autowired
    Clock clock;

    @Test
    void demo_residents_have_cases_in_many_states_with_histories_and_permits() {
        var demo = PROTECTION_CASE.ID.in(db.select(CASE_EVENT.CASE_ID).from(CASE_EVENT)
                .where(CASE_EVENT.RECORDED_BY.eq("demo-data")));
        assertThat(db.fetchCount(PROTECTION_CASE, demo)).isGreaterThanOrEqualTo(DemoResidents.RESIDENTS);
        assertThat(db.select(countDistinct(PROTECTION_CASE.STATE)).from(PROTECTION_CASE).where(demo).fetchSingle()
                .value1()).isGreaterThanOrEqualTo(4);
        // every granted case has its permits, the last one ending where the case says
        assertThat(db.fetchCount(PROTECTION_CASE, demo.and(PROTECTION_CASE.STATE.eq("GRANTED"))
                .andNotExists(selectOne().from(PERMIT).where(PERMIT.CASE_ID.eq(PROTECTION_CASE.ID)
                        .and(PERMIT.VALID_TO.eq(PROTECTION_CASE.PERMIT_TO)))))).isZero();
        // no history dated in the future
        assertThat(db.fetchCount(CASE_EVENT, CASE_EVENT.RECORDED_BY.eq("demo-data")
                .and(CASE_EVENT.EFFECTIVE_ON.gt(LocalDate.now(clock))))).isZero();
    }
}
