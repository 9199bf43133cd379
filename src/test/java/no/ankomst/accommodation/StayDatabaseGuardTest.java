package no.ankomst.accommodation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import no.ankomst.AnkomstTest;
import no.ankomst.base.ValidationException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

/**
 * Past the service's friendly checks the exclusion constraints still refuse, and the failure arrives
 * as a Spring {@link DataAccessException} the service can explain.
 */
@AnkomstTest
class StayDatabaseGuardTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    @Autowired
    StayRepository repository;
    @Autowired
    DSLContext db;

    @Test
    void the_database_refuses_a_second_stay_in_an_occupied_bed() {
        Fixtures fixtures = new Fixtures(db);
        long site = fixtures.site();
        long bed = fixtures.bed(fixtures.unit(site, "A"), "1");
        repository.insert(fixtures.adult(), site, bed, DAY);
        long second = fixtures.adult();

        DataAccessException refused = catchThrowableOfType(DataAccessException.class,
                () -> repository.insert(second, site, bed, DAY.plusDays(3)));

        assertThat(StayConstraints.explain(refused)).map(e -> e.violations().getFirst())
                .map(ValidationException.Violation::ruleKey).contains("validation.stay.bedJustTaken");
        assertThat(fixtures.staysOf(second)).isZero();
    }

    @Test
    void the_database_refuses_one_person_in_two_places_at_once() {
        Fixtures fixtures = new Fixtures(db);
        long person = fixtures.adult();
        repository.insert(person, fixtures.site(), null, DAY);

        DataAccessException refused = catchThrowableOfType(DataAccessException.class,
                () -> repository.insert(person, fixtures.site(), null, DAY.plusDays(1)));

        assertThat(StayConstraints.explain(refused)).map(e -> e.violations().getFirst())
                .map(ValidationException.Violation::ruleKey).contains("validation.stay.personElsewhere");
        assertThat(fixtures.staysOf(person)).isEqualTo(1);
    }
}
