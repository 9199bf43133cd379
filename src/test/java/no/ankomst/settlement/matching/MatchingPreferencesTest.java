package no.ankomst.settlement.matching;

import static no.ankomst.settlement.matching.Fixtures.household;
import static no.ankomst.settlement.matching.Fixtures.input;
import static no.ankomst.settlement.matching.Fixtures.municipality;
import static no.ankomst.settlement.matching.MatchingHardRulesTest.byHousehold;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Each preference moves a household where expected (two otherwise equal municipalities, only the preference
 * differs), and the explanation adds up and names the alternatives.
 */
class MatchingPreferencesTest {

    private static final Duration LIMIT = Duration.ofSeconds(2);

    /** Two municipalities alike in all but their code (same place, room and dwellings). */
    private static List<Fixtures.Municipality> twins() {
        return List.of(municipality("3301", 30).dwellings(10, 3, 6).at(Fixtures.DRAMMEN),
                municipality("3303", 30).dwellings(10, 3, 6).at(Fixtures.DRAMMEN));
    }

    private static String placed(MatchInput input) {
        return Matching.solve(input, LIMIT).proposals().getFirst().municipalityCode();
    }

    @Test
    void family_ties_move_a_household_to_the_municipality_of_its_family() {
        assertThat(placed(input(List.of(household(1, 3).ties("3303")), twins()))).isEqualTo("3303");
        assertThat(placed(input(List.of(household(1, 3).ties("3301")), twins()))).isEqualTo("3301");
    }

    @Test
    void wishes_move_a_household_to_the_municipality_it_wished_for() {
        assertThat(placed(input(List.of(household(1, 3).wishes("3303")), twins()))).isEqualTo("3303");
    }

    @Test
    void needed_services_move_a_household_to_the_municipality_that_offers_them() {
        List<Fixtures.Municipality> municipalities = List.of(
                municipality("3301", 30).dwellings(10, 3, 6).at(Fixtures.DRAMMEN),
                municipality("3303", 30).dwellings(10, 3, 6).at(Fixtures.DRAMMEN).offers("SPECIALIST_HEALTH_NEARBY"));

        assertThat(placed(input(List.of(household(1, 3).needs("SPECIALIST_HEALTH_NEARBY")), municipalities)))
                .isEqualTo("3303");
    }

    @Test
    void distance_moves_a_household_to_the_municipality_nearer_its_centre() {
        List<Fixtures.Municipality> municipalities = List.of(
                municipality("5501", 30).dwellings(10, 3, 6).at(Fixtures.TROMSO),
                municipality("3301", 30).dwellings(10, 3, 6).at(Fixtures.DRAMMEN));

        assertThat(placed(input(List.of(household(1, 3)), municipalities))).isEqualTo("3301");
        assertThat(placed(input(List.of(household(1, 3).centre(Fixtures.TROMSO)), municipalities)))
                .isEqualTo("5501");
    }

    @Test
    void a_preference_weighted_zero_no_longer_moves_anyone() {
        // the family is in far-away Tromsø: with the default weights it wins, with weight 0 distance decides
        List<Fixtures.Municipality> municipalities = List.of(
                municipality("5501", 30).dwellings(10, 3, 6).at(Fixtures.TROMSO),
                municipality("3301", 30).dwellings(10, 3, 6).at(Fixtures.DRAMMEN));
        List<Fixtures.Household> households = List.of(household(1, 3).ties("5501"));

        assertThat(placed(input(households, municipalities))).isEqualTo("5501");
        assertThat(placed(input(households, municipalities, new MatchWeights(0, 6, 8, 5, 3)))).isEqualTo("3301");
    }

    @Test
    void large_households_are_spread_across_municipalities() {
        // six households of five; each municipality could take all six, but takes two before crowding counts
        List<Fixtures.Household> households = LongStream.rangeClosed(1, 6).mapToObj(id -> household(id, 5)).toList();

        MatchResult result = Matching.solve(input(households, twins()), LIMIT);

        Map<String, Long> perMunicipality = result.proposals().stream()
                .collect(Collectors.groupingBy(Proposal::municipalityCode, Collectors.counting()));
        assertThat(perMunicipality).containsEntry("3301", 3L).containsEntry("3303", 3L);
        assertThat(result.score().terms().get(PreferenceTerm.SIZE_SPREAD)).isEqualTo(-5L * (1 + 1));
    }

    @Test
    void the_explanation_adds_up_to_the_proposal_and_names_the_two_best_alternatives() {
        List<Fixtures.Municipality> municipalities = List.of(
                municipality("3301", 30).dwellings(10, 3, 6).at(Fixtures.DRAMMEN),
                municipality("3303", 30).dwellings(10, 3, 6).at(Fixtures.DRAMMEN).offers("SPECIALIST_HEALTH_NEARBY"),
                municipality("0301", 30).dwellings(10, 3, 6).at(Fixtures.OSLO),
                municipality("5501", 30).dwellings(10, 3, 6).at(Fixtures.TROMSO));
        MatchInput input = input(List.of(household(1, 3).ties("3303").needs("SPECIALIST_HEALTH_NEARBY")),
                municipalities);

        Proposal proposal = Matching.solve(input, LIMIT).proposals().getFirst();

        Explanation explanation = proposal.explanation();
        assertThat(proposal.municipalityCode()).isEqualTo("3303");
        assertThat(explanation.terms()).containsEntry(PreferenceTerm.FAMILY_TIES, 10L * 100)
                .containsEntry(PreferenceTerm.SERVICES, 8L * 100).containsEntry(PreferenceTerm.WISHES, 0L)
                .containsEntry(PreferenceTerm.SIZE_SPREAD, 0L)
                .containsEntry(PreferenceTerm.DISTANCE, 3L * PreferenceTerm.DISTANCE.score(input.households()
                        .getFirst(), input.municipalities().get(1), 1));
        assertThat(explanation.terms().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(proposal.score()).isEqualTo(explanation.total());
        // Oslo is nearer the centre (Oslo) than Drammen; Tromsø is last
        assertThat(explanation.alternatives()).extracting(Explanation.Alternative::municipalityCode)
                .containsExactly("0301", "3301");
        for (Explanation.Alternative alternative : explanation.alternatives()) {
            assertThat(alternative.terms().values().stream().mapToLong(Long::longValue).sum())
                    .isEqualTo(alternative.total()).isLessThanOrEqualTo(proposal.score());
        }
    }

    @Test
    void on_random_data_every_explanation_adds_up_and_the_terms_sum_to_the_match_score() {
        MatchInput input = MatchingHardRulesTest.random(new SplittableRandom(7L), 200, 12);

        for (MatchResult result : List.of(Matching.solve(input, LIMIT), GreedyMatching.solve(input))) {
            long pairwise = 0;
            for (Proposal proposal : result.proposals()) {
                Explanation explanation = proposal.explanation();
                assertThat(explanation.terms().values().stream().mapToLong(Long::longValue).sum())
                        .isEqualTo(proposal.score());
                assertThat(explanation.alternatives()).hasSizeLessThanOrEqualTo(2)
                        .extracting(Explanation.Alternative::municipalityCode)
                        .doesNotContainNull().doesNotHaveDuplicates().doesNotContain(proposal.municipalityCode());
                if (proposal.assigned()) {
                    assertThat(explanation.alternatives()).hasSize(2);
                    pairwise += proposal.score() - explanation.terms().get(PreferenceTerm.SIZE_SPREAD);
                }
            }
            MatchScore score = result.score();
            assertThat(pairwise).isEqualTo(score.total() - score.terms().get(PreferenceTerm.SIZE_SPREAD));
        }
    }
}
