package no.ankomst.settlement.matching;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ankomst.settlement.matching.MatchHousehold.SizeClass;

/**
 * The score of a set of proposals, computed from the proposals and the input alone (so the solver's and the
 * greedy baseline's results are judged alike): the hard rules they break, the persons left without a proposal,
 * and the weighted preference terms summed over the proposals ({@link PreferenceTerm#SIZE_SPREAD} as the crowding
 * per municipality and size class, as the solver scores it).
 *
 * @param brokenHardRules breaches of a hard rule: a household without exactly one proposal, an unknown or
 *        declining municipality, persons or minors beyond the remaining places, a dwelling that is missing, does not
 *        fit or is used twice; 0 for a valid set
 * @param terms weighted sum per term; they add up to {@code total}
 */
public record MatchScore(int brokenHardRules, int unassignedHouseholds, long unassignedPersons,
        Map<PreferenceTerm, Long> terms, long total) {

    public MatchScore {
        terms = Collections.unmodifiableMap(new EnumMap<>(terms));
    }

    public static MatchScore of(MatchInput input, List<Proposal> proposals) {
        Map<String, MatchMunicipality> municipalities = new HashMap<>();
        Map<String, MatchDwelling> dwellings = new HashMap<>();
        Map<String, String> dwellingMunicipality = new HashMap<>();
        for (MatchMunicipality municipality : input.municipalities()) {
            municipalities.put(municipality.code(), municipality);
            for (MatchDwelling dwelling : municipality.dwellings()) {
                dwellings.put(dwelling.id(), dwelling);
                dwellingMunicipality.put(dwelling.id(), municipality.code());
            }
        }
        Map<Long, Integer> proposalsPerHousehold = new HashMap<>();
        proposals.forEach(proposal -> proposalsPerHousehold.merge(proposal.householdId(), 1, Integer::sum));
        int broken = 0;
        for (MatchHousehold household : input.households()) {
            if (proposalsPerHousehold.getOrDefault(household.id(), 0) != 1) {
                broken++;
            }
        }
        Map<Long, MatchHousehold> households = new HashMap<>();
        input.households().forEach(household -> households.put(household.id(), household));
        Map<PreferenceTerm, Long> terms = new EnumMap<>(PreferenceTerm.class);
        for (PreferenceTerm term : PreferenceTerm.values()) {
            terms.put(term, 0L);
        }
        Map<String, Integer> persons = new HashMap<>();
        Map<String, Integer> minors = new HashMap<>();
        Map<String, int[]> spread = new HashMap<>();
        Set<String> usedDwellings = new HashSet<>();
        Set<Long> counted = new HashSet<>();
        int unassigned = 0;
        long unassignedPersons = 0;
        for (Proposal proposal : proposals) {
            MatchHousehold household = households.get(proposal.householdId());
            if (household == null || !counted.add(household.id())) {
                broken++;
                continue;
            }
            String code = proposal.municipalityCode();
            if (code == null) {
                unassigned++;
                unassignedPersons += household.size();
                continue;
            }
            MatchMunicipality municipality = municipalities.get(code);
            if (municipality == null || household.declinedBy().contains(code)) {
                broken++;
                continue;
            }
            String dwellingId = proposal.dwellingId();
            MatchDwelling dwelling = dwellingId == null ? null : dwellings.get(dwellingId);
            if (dwelling == null || !code.equals(dwellingMunicipality.get(dwellingId)) || !dwelling.fits(household)
                    || !usedDwellings.add(dwellingId)) {
                broken++;
            }
            (household.unaccompaniedMinor() ? minors : persons).merge(code, household.size(), Integer::sum);
            SizeClass sizeClass = household.sizeClass();
            if (sizeClass != SizeClass.OTHER) {
                spread.computeIfAbsent(code, ignored -> new int[SizeClass.values().length])[sizeClass.ordinal()]++;
            }
            for (PreferenceTerm term : PreferenceTerm.values()) {
                if (term.pairwise()) {
                    terms.merge(term, term.weighted(input.weights(), household, municipality, 0), Long::sum);
                }
            }
        }
        for (Map.Entry<String, Integer> entry : persons.entrySet()) {
            if (entry.getValue() > municipalities.get(entry.getKey()).remainingPersons()) {
                broken++;
            }
        }
        for (Map.Entry<String, Integer> entry : minors.entrySet()) {
            if (entry.getValue() > municipalities.get(entry.getKey()).remainingMinorPlaces()) {
                broken++;
            }
        }
        long crowding = 0;
        for (Map.Entry<String, int[]> entry : spread.entrySet()) {
            MatchMunicipality municipality = municipalities.get(entry.getKey());
            for (SizeClass sizeClass : List.of(SizeClass.SINGLE, SizeClass.LARGE)) {
                crowding += PreferenceTerm.crowding(entry.getValue()[sizeClass.ordinal()],
                        sizeClass.allowance(municipality));
            }
        }
        terms.put(PreferenceTerm.SIZE_SPREAD, -input.weights().sizeSpread() * crowding);
        long total = terms.values().stream().mapToLong(Long::longValue).sum();
        return new MatchScore(broken, unassigned, unassignedPersons, terms, total);
    }
}
