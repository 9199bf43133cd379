package no.ankomst.accommodation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import no.ankomst.AnkomstTest;
import no.ankomst.accommodation.OccupancyRecords.SiteOccupancy;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The board shows each user the sites of their scope and nothing else. */
@AnkomstTest
class OccupancyScopeTest {

    @Autowired
    OccupancyService occupancy;
    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("staff")
    void centre_staff_see_only_their_own_site_and_are_refused_another() {
        Fixtures fixtures = new Fixtures(db);
        long rade = fixtures.siteNamed("Nasjonalt ankomstsenter Råde");
        LocalDate today = occupancy.today();

        assertThat(occupancy.occupancyBySite(today)).extracting(SiteOccupancy::siteId).containsExactly(rade);
        assertThatThrownBy(() -> occupancy.occupancyOfSite(fixtures.site(), today))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("health")
    void health_staff_see_both_of_their_sites() {
        assertThat(occupancy.occupancyBySite(occupancy.today())).extracting(SiteOccupancy::siteName)
                .containsExactly("Haugesund mottak", "Oslo akuttinnkvartering Alna");
    }

    @Test
    @WithUserDetails("coordinator")
    void a_settlement_coordinator_has_no_occupancy_board() {
        LocalDate today = occupancy.today();

        assertThatThrownBy(() -> occupancy.occupancyBySite(today))
                .isInstanceOf(AccessDeniedException.class);
    }
}
