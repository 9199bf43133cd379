package no.ankomst.settlement.matching;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A ready household as the matching sees it: never split (one household, one municipality, one dwelling).
 *
 * <p>Nationality, ethnicity and family type are deliberately not fields, and must never become inputs: the law
 * forbids municipalities to set such conditions for settlement (a matching pilot elsewhere was criticised for
 * exactly this). {@code MatchingInputsTest} fails if such a field appears. Needed services are functional needs
 * given with consent (codes such as {@code SPECIALIST_HEALTH_NEARBY}, {@code ACCESSIBLE_TRANSPORT}), never
 * diagnoses.
 *
 * @param size persons in the household ({@code adults + children})
 * @param unaccompaniedMinor the household is one or more unaccompanied minors: they take minors' places, not the
 *        municipality's number of persons
 * @param centre coordinates of today's reception centre; when {@code null}, those of
 *        {@code centreMunicipalityCode} are used
 * @param familyTies codes of municipalities where the household has family or friends
 * @param wishes codes of municipalities wished for in the settlement interview
 * @param neededServices functional needs for services near home
 * @param declinedBy codes of municipalities that declined this household: never proposed again
 */
public record MatchHousehold(long id, int size, int adults, int children, boolean unaccompaniedMinor,
        int roomsNeeded, boolean needsAccessible, @Nullable GeoPoint centre, @Nullable String centreMunicipalityCode,
        Set<String> familyTies, Set<String> wishes, Set<String> neededServices, Set<String> declinedBy) {

    public MatchHousehold {
        if (size < 1 || adults < 0 || children < 0 || adults + children != size) {
            throw new IllegalArgumentException("household " + id + ": size must be adults + children, at least 1");
        }
        if (roomsNeeded < 1) {
            throw new IllegalArgumentException("household " + id + ": needs at least one room");
        }
        familyTies = Set.copyOf(familyTies);
        wishes = Set.copyOf(wishes);
        neededServices = Set.copyOf(neededServices);
        declinedBy = Set.copyOf(declinedBy);
    }

    /** The same household with today's centre at {@code point}. */
    public MatchHousehold withCentre(GeoPoint point) {
        return new MatchHousehold(id, size, adults, children, unaccompaniedMinor, roomsNeeded, needsAccessible, point,
                centreMunicipalityCode, familyTies, wishes, neededServices, declinedBy);
    }

    /** Singles and large households are spread across municipalities; the rest are not counted for it. */
    public SizeClass sizeClass() {
        return unaccompaniedMinor ? SizeClass.OTHER : size == 1 ? SizeClass.SINGLE
                : size >= SizeClass.LARGE_FROM ? SizeClass.LARGE : SizeClass.OTHER;
    }

    /** Households the size-spread preference counts per municipality. */
    public enum SizeClass {
        /** One adult. */
        SINGLE(7),
        /** Five persons or more. */
        LARGE(15),
        /** Neither (and unaccompanied minors, who have their own places). */
        OTHER(0);

        static final int LARGE_FROM = 5;

        private final int placesPerHousehold;

        SizeClass(int placesPerHousehold) {
            this.placesPerHousehold = placesPerHousehold;
        }

        /**
         * How many households of this class a municipality takes before the spread preference starts to count:
         * one per {@code placesPerHousehold} of its remaining persons, at least one.
         */
        public int allowance(MatchMunicipality municipality) {
            return placesPerHousehold == 0 ? Integer.MAX_VALUE
                    : Math.max(1, municipality.remainingPersons() / placesPerHousehold);
        }
    }
}
