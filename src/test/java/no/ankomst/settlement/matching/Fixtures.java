package no.ankomst.settlement.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Small households and municipalities for the matching tests. */
final class Fixtures {

    static final GeoPoint OSLO = new GeoPoint(59.91, 10.75);
    static final GeoPoint DRAMMEN = new GeoPoint(59.74, 10.20);
    static final GeoPoint TROMSO = new GeoPoint(69.65, 18.96);

    private Fixtures() {
    }

    /** A household of {@code size} (one adult, the rest children), centre in Oslo, rooms for two per room. */
    static Household household(long id, int size) {
        return new Household(id, size);
    }

    static Municipality municipality(String code, int remainingPersons) {
        return new Municipality(code, remainingPersons);
    }

    static final class Household {
        private final long id;
        private final int size;
        private boolean minor;
        private boolean accessible;
        private int rooms;
        private GeoPoint centre = OSLO;
        private Set<String> ties = Set.of();
        private Set<String> wishes = Set.of();
        private Set<String> services = Set.of();
        private Set<String> declined = Set.of();

        private Household(long id, int size) {
            this.id = id;
            this.size = size;
            this.rooms = (size + 1) / 2;
        }

        Household minor() {
            minor = true;
            return this;
        }

        Household accessible() {
            accessible = true;
            return this;
        }

        Household rooms(int needed) {
            rooms = needed;
            return this;
        }

        Household centre(GeoPoint point) {
            centre = point;
            return this;
        }

        Household ties(String... codes) {
            ties = Set.copyOf(List.of(codes));
            return this;
        }

        Household wishes(String... codes) {
            wishes = Set.copyOf(List.of(codes));
            return this;
        }

        Household needs(String... codes) {
            services = Set.copyOf(List.of(codes));
            return this;
        }

        Household declinedBy(String... codes) {
            declined = Set.copyOf(List.of(codes));
            return this;
        }

        MatchHousehold build() {
            int adults = minor ? 0 : 1;
            return new MatchHousehold(id, size, adults, size - adults, minor, rooms, accessible, centre, null, ties,
                    wishes, services, declined);
        }
    }

    static final class Municipality {
        private final String code;
        private final int remainingPersons;
        private int minorPlaces;
        private final List<MatchDwelling> dwellings = new ArrayList<>();
        private Set<String> services = Set.of();
        private GeoPoint location = OSLO;

        private Municipality(String code, int remainingPersons) {
            this.code = code;
            this.remainingPersons = remainingPersons;
        }

        Municipality minorPlaces(int places) {
            minorPlaces = places;
            return this;
        }

        /** {@code count} dwellings of {@code rooms} rooms for {@code persons}. */
        Municipality dwellings(int count, int rooms, int persons) {
            for (int i = 0; i < count; i++) {
                dwellings.add(new MatchDwelling(code + "-" + dwellings.size(), rooms, persons, false));
            }
            return this;
        }

        Municipality accessibleDwelling(int rooms, int persons) {
            dwellings.add(new MatchDwelling(code + "-" + dwellings.size(), rooms, persons, true));
            return this;
        }

        Municipality offers(String... codes) {
            services = Set.copyOf(List.of(codes));
            return this;
        }

        Municipality at(GeoPoint point) {
            location = point;
            return this;
        }

        MatchMunicipality build() {
            return new MatchMunicipality(code, "03", remainingPersons, minorPlaces, dwellings, services, location);
        }
    }

    static MatchInput input(List<Household> households, List<Municipality> municipalities) {
        return input(households, municipalities, MatchWeights.DEFAULTS);
    }

    static MatchInput input(List<Household> households, List<Municipality> municipalities, MatchWeights weights) {
        return new MatchInput(households.stream().map(Household::build).toList(),
                municipalities.stream().map(Municipality::build).toList(), weights);
    }
}
