package no.ankomst.residents;

import static no.ankomst.db.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.ankomst.AnkomstTest;
import no.ankomst.accommodation.ResidentArrived;
import no.ankomst.accommodation.StayService;
import no.ankomst.base.ValidationException;
import no.ankomst.residents.ResidentRecords.MergeRequest;
import no.ankomst.residents.ResidentRecords.NewResident;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Registration, check-in and merge publish the lifecycle events other features react to, once each. */
@AnkomstTest
@WithUserDetails("admin")
@RecordApplicationEvents
class LifecycleEventsTest {

    private static final LocalDate ARRIVED = LocalDate.of(2025, 3, 1);

    @Autowired
    ResidentTestData data;
    @Autowired
    ResidentService residents;
    @Autowired
    ResidentMergeService merges;
    @Autowired
    StayService stays;
    @Autowired
    DSLContext db;
    @Autowired
    ApplicationEvents published;

    private List<ResidentArrived> arrivalsOf(long personId) {
        return published.stream(ResidentArrived.class).filter(event -> event.personId() == personId).toList();
    }

    @Test
    void a_registration_at_a_site_publishes_one_arrival_there_on_the_arrival_date() {
        long site = data.site(ResidentTestData.RADE);
        long person = data.plainHead(ResidentTestData.surname(), "Olena", LocalDate.of(1990, 5, 5),
                ResidentTestData.RADE).personId();

        assertThat(arrivalsOf(person)).containsExactly(new ResidentArrived(person, site, ARRIVED));
    }

    @Test
    void a_registration_with_an_arrival_date_but_no_site_publishes_an_arrival_without_a_site() {
        long person = data.plainHead(ResidentTestData.surname(), "Mykola", LocalDate.of(1985, 6, 6), null).personId();

        assertThat(arrivalsOf(person)).containsExactly(new ResidentArrived(person, null, ARRIVED));
    }

    @Test
    void a_registration_without_arrival_date_or_site_publishes_no_arrival() {
        long person = residents.register(new NewResident(ResidentTestData.surname(), "Anna", null, null,
                LocalDate.of(1975, 7, 7), Sex.FEMALE, List.of("UA"), List.of(), null, Set.of(), null, null, null, null,
                null, null, null, null, false, null)).personId();

        assertThat(arrivalsOf(person)).isEmpty();
    }

    @Test
    void a_check_in_publishes_an_arrival_at_the_site_on_the_check_in_day_and_a_refused_one_publishes_nothing() {
        long person = data.plainHead(ResidentTestData.surname(), "Vasyl", LocalDate.of(1970, 8, 8), null).personId();
        long site = data.site(ResidentTestData.HAUGESUND);
        LocalDate day = LocalDate.of(2025, 4, 2);

        stays.checkIn(person, site, null, day);
        assertThatThrownBy(() -> stays.checkIn(person, site, null, day)).isInstanceOf(ValidationException.class);

        assertThat(arrivalsOf(person)).containsExactly(new ResidentArrived(person, null, ARRIVED),
                new ResidentArrived(person, site, day));
    }

    @Test
    void a_merge_publishes_who_survived_and_who_was_the_duplicate_and_a_refused_one_publishes_nothing() {
        String surname = ResidentTestData.surname();
        LocalDate birth = LocalDate.of(1983, 3, 3);
        long survivor = data.plainHead(surname, "Iryna", birth, ResidentTestData.RADE).personId();
        long duplicate = data.plainHead(surname, "Iryna", birth, ResidentTestData.RADE).personId();

        assertThatThrownBy(() -> merges.merge(keep(survivor, duplicate)))
                .as("both stay somewhere now").isInstanceOf(ValidationException.class);
        assertThat(published.stream(ResidentsMerged.class)).isEmpty();

        data.checkOut(duplicate);
        merges.merge(keep(survivor, duplicate));

        assertThat(published.stream(ResidentsMerged.class)).containsExactly(new ResidentsMerged(survivor, duplicate));
    }

    private MergeRequest keep(long survivor, long merged) {
        return new MergeRequest(survivor, db.fetchValue(PERSON.VERSION, PERSON.ID.eq(survivor)), merged,
                db.fetchValue(PERSON.VERSION, PERSON.ID.eq(merged)));
    }
}
