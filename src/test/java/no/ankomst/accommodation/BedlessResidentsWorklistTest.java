package no.ankomst.accommodation;

import static no.ankomst.db.Tables.STAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.ankomst.AnkomstTest;
import no.ankomst.base.WorklistItem;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@AnkomstTest
class BedlessResidentsWorklistTest {

    @Autowired
    BedlessResidentsWorklist worklist;
    @Autowired
    StayService stays;
    @Autowired
    OccupancyService occupancy;
    @Autowired
    DSLContext db;

    private long count() {
        List<WorklistItem> items = worklist.itemsForCurrentUser();
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.labelKey()).isEqualTo("worklist.withoutBed");
            assertThat(item.route()).isEqualTo("occupancy");
        });
        return items.getFirst().count();
    }

    @Test
    @WithUserDetails("staff")
    void centre_staff_count_residents_of_their_site_without_a_bed() {
        Fixtures fixtures = new Fixtures(db);
        long rade = fixtures.siteNamed("Nasjonalt ankomstsenter Råde");
        long before = count();

        stays.checkIn(fixtures.adult(), rade, null, occupancy.today());

        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails("staff")
    void the_count_is_the_number_of_people_the_board_lists_without_a_bed() {
        Fixtures fixtures = new Fixtures(db);
        long rade = fixtures.siteNamed("Nasjonalt ankomstsenter Råde");
        stays.checkIn(fixtures.adult(), rade, null, occupancy.today());
        // a stay that begins tomorrow holds no one today: the board does not list it, so neither may the count
        db.insertInto(STAY).set(STAY.PERSON_ID, fixtures.adult()).set(STAY.SITE_ID, rade)
                .set(STAY.CHECKED_IN_ON, occupancy.today().plusDays(1)).execute();

        int onTheBoard = occupancy.occupancyBySite(occupancy.today()).stream()
                .mapToInt(site -> occupancy.occupancyOfSite(site.siteId(), occupancy.today()).notAssigned().size())
                .sum();

        assertThat(count()).isEqualTo(onTheBoard);
    }

    @Test
    @WithUserDetails("health")
    void health_staff_have_no_such_line() {
        assertThat(worklist.itemsForCurrentUser()).isEmpty();
    }
}
