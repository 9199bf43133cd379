package no.ankomst.schooling;

import static org.assertj.core.api.Assertions.assertThat;

import no.ankomst.AnkomstTest;
import no.ankomst.schooling.SchoolingRecords.ChildFilter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The demo shows every school status among the children staying at the demo sites. */
@AnkomstTest
@WithUserDetails("admin")
class DemoSchoolingTest {

    @Autowired
    ChildrenService children;

    @ParameterizedTest
    @EnumSource(SchoolingStatus.class)
    void the_demo_has_children_in_every_status(SchoolingStatus status) {
        assertThat(children.count(new ChildFilter(null, status, false, null, null))).isPositive();
    }
}
