package no.ankomst.accommodation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import no.ankomst.base.ValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** The database's words for a double booking become the rule the user broke. */
class StayConstraintsTest {

    private static DataIntegrityViolationException violation(String state, String constraint) {
        return new DataIntegrityViolationException("insert into stay",
                new SQLException("ERROR: conflicting key value violates exclusion constraint \"" + constraint + "\"",
                        state));
    }

    @Test
    void a_double_booked_bed_becomes_bed_just_taken() {
        assertThat(StayConstraints.explain(violation("23P01", "stay_bed_not_double_booked")))
                .hasValueSatisfying(e -> assertThat(e.violations()).extracting(ValidationException.Violation::ruleKey)
                        .containsExactly("validation.stay.bedJustTaken"));
    }

    @Test
    void a_person_in_two_places_becomes_person_elsewhere() {
        assertThat(StayConstraints.explain(violation("23P01", "stay_person_in_one_place")))
                .hasValueSatisfying(e -> assertThat(e.violations()).extracting(ValidationException.Violation::field)
                        .containsExactly("person"));
    }

    @Test
    void any_other_failure_is_left_alone() {
        assertThat(StayConstraints.explain(violation("23505", "stay_bed_not_double_booked"))).isEmpty();
        assertThat(StayConstraints.explain(violation("23P01", "some_other_constraint"))).isEmpty();
    }
}
