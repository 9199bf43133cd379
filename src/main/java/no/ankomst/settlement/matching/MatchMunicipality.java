package no.ankomst.settlement.matching;

import java.util.List;
import java.util.Set;

/**
 * A municipality as the matching sees it.
 *
 * @param remainingPersons the council's decided number of persons this year minus those settled and accepted
 * @param remainingMinorPlaces the same for unaccompanied minors (decided separately)
 * @param dwellings the dwellings on offer, each used at most once
 * @param services services offered near home, as the codes households' needs use
 * @param location approximate coordinates (the distance preference)
 */
public record MatchMunicipality(String code, String county, int remainingPersons, int remainingMinorPlaces,
        List<MatchDwelling> dwellings, Set<String> services, GeoPoint location) {

    public MatchMunicipality {
        if (remainingPersons < 0 || remainingMinorPlaces < 0) {
            throw new IllegalArgumentException("municipality " + code + ": remaining places cannot be negative");
        }
        dwellings = List.copyOf(dwellings);
        services = Set.copyOf(services);
    }

    /** Whether it has the kind of places this household takes, enough for all of it. */
    public boolean hasPlacesFor(MatchHousehold household) {
        return (household.unaccompaniedMinor() ? remainingMinorPlaces : remainingPersons) >= household.size();
    }

    /** Whether at least one of its dwellings fits the household (ignoring who else gets one). */
    public boolean hasDwellingFor(MatchHousehold household) {
        for (MatchDwelling dwelling : dwellings) {
            if (dwelling.fits(household)) {
                return true;
            }
        }
        return false;
    }
}
