package no.ankomst.settlement.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Nationality, ethnicity and family type are not inputs of the matching: the law forbids municipalities to set
 * such conditions. This fails when a field that could carry them is added to an input record.
 */
class MatchingInputsTest {

    private static final List<String> FORBIDDEN = List.of("nationality", "citizenship", "country", "ethnic",
            "origin", "religion", "language", "familytype", "family_type", "maritalstatus", "gender", "sex");

    @Test
    void no_input_record_has_a_field_for_nationality_ethnicity_or_family_type() {
        for (Class<?> input : List.of(MatchInput.class, MatchHousehold.class, MatchMunicipality.class,
                MatchDwelling.class, MatchWeights.class, GeoPoint.class)) {
            assertThat(input.isRecord()).isTrue();
            List<String> fields = Arrays.stream(input.getRecordComponents()).map(RecordComponent::getName)
                    .map(name -> name.toLowerCase(Locale.ROOT)).toList();
            assertThat(fields).as("fields of %s", input.getSimpleName()).isNotEmpty()
                    .allSatisfy(field -> assertThat(FORBIDDEN).noneMatch(field::contains));
        }
        assertThat(Arrays.stream(MatchHousehold.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("id", "size", "adults", "children", "unaccompaniedMinor", "roomsNeeded",
                        "needsAccessible", "centre", "centreMunicipalityCode", "familyTies", "wishes",
                        "neededServices", "declinedBy");
    }
}
