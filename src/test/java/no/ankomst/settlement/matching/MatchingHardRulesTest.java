package no.ankomst.settlement.matching;

import static no.ankomst.settlement.matching.Fixtures.household;
import static no.ankomst.settlement.matching.Fixtures.input;
import static no.ankomst.settlement.matching.Fixtures.municipality;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The hard rules hold for the solver and the greedy baseline alike, on hand-made and on random data. */
class MatchingHardRulesTest {

    enum Engine {
        SOLVER, GREEDY;

        MatchResult solve(MatchInput input) {
            return this == SOLVER ? Matching.solve(input, Duration.ofSeconds(2)) : GreedyMatching.solve(input);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void a_municipality_gets_no_more_persons_than_it_has_left(Engine engine) {
        // both want Oslo (near); Oslo has room for one of them only
        MatchInput input = input(List.of(household(1, 2), household(2, 2)),
                List.of(municipality("0301", 3).dwellings(3, 1, 2),
                        municipality("5501", 10).dwellings(3, 1, 2).at(Fixtures.TROMSO)));

        MatchResult result = engine.solve(input);

        assertThat(persons(input, result, "0301")).isLessThanOrEqualTo(3);
        assertThat(result.proposals()).extracting(Proposal::municipalityCode).containsExactlyInAnyOrder("0301", "5501");
        assertThat(result.score().brokenHardRules()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void a_household_gets_a_dwelling_that_fits_and_each_dwelling_goes_to_one_household(Engine engine) {
        // Oslo is nearest but its one dwelling has one room; the family of four needs two
        MatchInput input = input(List.of(household(1, 4), household(2, 1), household(3, 1)),
                List.of(municipality("0301", 20).dwellings(1, 1, 2),
                        municipality("3301", 20).dwellings(1, 2, 4).dwellings(1, 1, 2).at(Fixtures.DRAMMEN)));

        MatchResult result = engine.solve(input);

        Map<Long, Proposal> byHousehold = byHousehold(result);
        assertThat(byHousehold.get(1L).municipalityCode()).isEqualTo("3301");
        assertThat(byHousehold.get(1L).dwellingId()).isEqualTo("3301-0");
        Set<String> dwellings = new HashSet<>();
        result.proposals().stream().filter(Proposal::assigned).forEach(p -> assertThat(dwellings.add(p.dwellingId()))
                .as("dwelling %s used once", p.dwellingId()).isTrue());
        assertThat(dwellings).hasSize(3);
        assertThat(result.score().brokenHardRules()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void a_household_that_needs_step_free_access_gets_an_accessible_dwelling(Engine engine) {
        MatchInput input = input(List.of(household(1, 2).accessible()),
                List.of(municipality("0301", 20).dwellings(4, 2, 4),
                        municipality("3301", 20).accessibleDwelling(1, 2).at(Fixtures.DRAMMEN)));

        Proposal proposal = engine.solve(input).proposals().getFirst();

        assertThat(proposal.municipalityCode()).isEqualTo("3301");
        assertThat(proposal.dwellingId()).isEqualTo("3301-0");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void unaccompanied_minors_go_only_where_minors_places_remain(Engine engine) {
        MatchInput input = input(List.of(household(1, 1).minor(), household(2, 2).minor()),
                List.of(municipality("0301", 50).dwellings(5, 1, 2),
                        municipality("3301", 0).minorPlaces(1).dwellings(2, 1, 2).at(Fixtures.DRAMMEN)));

        MatchResult result = engine.solve(input);

        Map<Long, Proposal> byHousehold = byHousehold(result);
        assertThat(byHousehold.get(1L).municipalityCode()).isEqualTo("3301");
        assertThat(byHousehold.get(2L).assigned()).isFalse();
        assertThat(byHousehold.get(2L).unassignedReason()).isEqualTo(UnassignedReason.NO_MINORS_PLACES);
        assertThat(result.score().brokenHardRules()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void a_municipality_that_declined_a_household_is_never_proposed_for_it(Engine engine) {
        // Oslo is near and the household has family there, but Oslo declined it
        MatchInput input = input(List.of(household(1, 2).ties("0301").wishes("0301").declinedBy("0301"),
                        household(2, 1).declinedBy("0301", "5501")),
                List.of(municipality("0301", 20).dwellings(3, 1, 2),
                        municipality("5501", 20).dwellings(3, 1, 2).at(Fixtures.TROMSO)));

        MatchResult result = engine.solve(input);

        Map<Long, Proposal> byHousehold = byHousehold(result);
        assertThat(byHousehold.get(1L).municipalityCode()).isEqualTo("5501");
        assertThat(byHousehold.get(1L).explanation().alternatives()).extracting(a -> a.municipalityCode())
                .doesNotContain("0301");
        assertThat(byHousehold.get(2L).unassignedReason()).isEqualTo(UnassignedReason.DECLINED_EVERYWHERE);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void a_household_is_never_split_and_gets_exactly_one_proposal(Engine engine) {
        // six persons, and no municipality has six places left: together they would, but a household is one
        MatchInput input = input(List.of(household(1, 6), household(2, 1)),
                List.of(municipality("0301", 4).dwellings(3, 3, 6), municipality("3301", 4).dwellings(3, 3, 6)));

        MatchResult result = engine.solve(input);

        assertThat(result.proposals()).extracting(Proposal::householdId).containsExactly(1L, 2L);
        Proposal large = byHousehold(result).get(1L);
        assertThat(large.assigned()).isFalse();
        assertThat(large.unassignedReason()).isEqualTo(UnassignedReason.NO_MUNICIPALITY_WITH_ROOM);
        assertThat(result.score().unassignedPersons()).isEqualTo(6);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void the_reasons_tell_no_fitting_dwelling_from_places_taken(Engine engine) {
        MatchInput input = input(List.of(household(1, 5), household(2, 1), household(3, 1)),
                List.of(municipality("0301", 20).dwellings(1, 1, 2)));

        Map<Long, Proposal> byHousehold = byHousehold(engine.solve(input));

        assertThat(byHousehold.get(1L).unassignedReason()).isEqualTo(UnassignedReason.NO_FITTING_DWELLING);
        assertThat(byHousehold.values()).filteredOn(p -> p.householdId() != 1L)
                .extracting(Proposal::unassignedReason).containsExactlyInAnyOrder(null, UnassignedReason.PLACES_TAKEN);
    }

    @Test
    void on_random_data_no_hard_rule_is_broken_and_the_solver_is_never_worse_than_the_greedy_baseline() {
        MatchInput input = random(new SplittableRandom(11L), 400, 25);

        MatchResult greedy = GreedyMatching.solve(input);
        MatchResult solver = Matching.solve(input, Duration.ofSeconds(3));

        assertThat(greedy.score().brokenHardRules()).isZero();
        assertThat(solver.score().brokenHardRules()).isZero();
        assertThat(solver.proposals()).hasSize(400);
        assertThat(solver.score().unassignedPersons()).isLessThanOrEqualTo(greedy.score().unassignedPersons());
        if (solver.score().unassignedPersons() == greedy.score().unassignedPersons()) {
            assertThat(solver.score().total()).isGreaterThanOrEqualTo(greedy.score().total());
        }
        for (MatchMunicipality municipality : input.municipalities()) {
            assertThat(persons(input, solver, municipality.code())).isLessThanOrEqualTo(municipality.remainingPersons());
        }
    }

    /** Households and municipalities with tight places, ties, wishes, needs, minors and declines. */
    static MatchInput random(SplittableRandom random, int households, int municipalities) {
        List<String> codes = IntStream.range(0, municipalities).mapToObj(i -> String.format("%04d", 1000 + i))
                .toList();
        List<Fixtures.Household> all = IntStream.range(0, households).mapToObj(i -> {
            Fixtures.Household household = household(i + 1, 1 + random.nextInt(random.nextInt(4) == 0 ? 8 : 3))
                    .centre(new GeoPoint(58 + random.nextDouble() * 12, 5 + random.nextDouble() * 20));
            if (household.build().size() <= 2 && random.nextInt(20) == 0) {
                household.minor();
            }
            if (random.nextInt(5) == 0) {
                household.ties(codes.get(random.nextInt(municipalities)));
            }
            if (random.nextInt(5) == 0) {
                household.wishes(codes.get(random.nextInt(municipalities)), codes.get(random.nextInt(municipalities)));
            }
            if (random.nextInt(8) == 0) {
                household.needs("SPECIALIST_HEALTH_NEARBY");
            }
            if (random.nextInt(10) == 0) {
                household.declinedBy(codes.get(random.nextInt(municipalities)));
            }
            if (random.nextInt(15) == 0) {
                household.accessible();
            }
            return household;
        }).toList();
        List<Fixtures.Municipality> places = codes.stream().map(code -> {
            Fixtures.Municipality municipality = municipality(code, 20 + random.nextInt(60))
                    .minorPlaces(random.nextInt(3))
                    .at(new GeoPoint(58 + random.nextDouble() * 12, 5 + random.nextDouble() * 20))
                    .dwellings(6 + random.nextInt(10), 1, 2).dwellings(3 + random.nextInt(6), 2, 4)
                    .dwellings(1 + random.nextInt(3), 4, 8);
            if (random.nextBoolean()) {
                municipality.accessibleDwelling(2, 4).offers("SPECIALIST_HEALTH_NEARBY");
            }
            return municipality;
        }).toList();
        return input(all, places);
    }

    private static int persons(MatchInput input, MatchResult result, String code) {
        Map<Long, MatchHousehold> households = new HashMap<>();
        input.households().forEach(h -> households.put(h.id(), h));
        return result.proposals().stream().filter(p -> code.equals(p.municipalityCode()))
                .map(p -> households.get(p.householdId())).filter(h -> !h.unaccompaniedMinor())
                .mapToInt(MatchHousehold::size).sum();
    }

    static Map<Long, Proposal> byHousehold(MatchResult result) {
        Map<Long, Proposal> byHousehold = new HashMap<>();
        result.proposals().forEach(p -> byHousehold.put(p.householdId(), p));
        return byHousehold;
    }
}
