package no.ankomst.settlement.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one matching run works on: the ready households, the municipalities with their remaining places and
 * dwellings, and the weights. A household whose centre is given as a municipality gets that municipality's
 * coordinates.
 */
public record MatchInput(List<MatchHousehold> households, List<MatchMunicipality> municipalities,
        MatchWeights weights) {

    public MatchInput {
        Map<String, MatchMunicipality> byCode = new HashMap<>();
        Set<String> dwellingIds = new HashSet<>();
        for (MatchMunicipality municipality : municipalities) {
            if (byCode.put(municipality.code(), municipality) != null) {
                throw new IllegalArgumentException("municipality twice: " + municipality.code());
            }
            for (MatchDwelling dwelling : municipality.dwellings()) {
                if (!dwellingIds.add(dwelling.id())) {
                    throw new IllegalArgumentException("dwelling twice: " + dwelling.id());
                }
            }
        }
        Set<Long> ids = new HashSet<>();
        List<MatchHousehold> located = new ArrayList<>(households.size());
        for (MatchHousehold household : households) {
            if (!ids.add(household.id())) {
                throw new IllegalArgumentException("household twice: " + household.id());
            }
            String centreCode = household.centreMunicipalityCode();
            MatchMunicipality centre = centreCode == null ? null : byCode.get(centreCode);
            located.add(household.centre() == null && centre != null ? household.withCentre(centre.location())
                    : household);
        }
        households = List.copyOf(located);
        municipalities = List.copyOf(municipalities);
    }

    public MatchInput(List<MatchHousehold> households, List<MatchMunicipality> municipalities) {
        this(households, municipalities, MatchWeights.DEFAULTS);
    }
}
