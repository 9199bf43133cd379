package no.ankomst.accommodation;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.ankomst.accommodation.UnitRecords.FreeBed;

/** Which free beds to offer a household checking in together: a pure choice, apart from reading the beds. */
final class BedSuggestions {

    private BedSuggestions() {
    }

    /**
     * All in one unit if any unit has room (the tightest fit, so large empty units stay free for large
     * households), otherwise spread over as few units as possible; fewer than {@code count} when there are.
     */
    static List<FreeBed> together(List<FreeBed> free, int count) {
        Map<Long, List<FreeBed>> byUnit = free.stream()
                .collect(Collectors.groupingBy(FreeBed::unitId, LinkedHashMap::new, Collectors.toList()));
        Optional<List<FreeBed>> oneUnit = byUnit.values().stream().filter(beds -> beds.size() >= count)
                .min(Comparator.comparingInt(List::size));
        if (oneUnit.isPresent()) {
            return List.copyOf(oneUnit.get().subList(0, count));
        }
        return byUnit.values().stream()
                .sorted(Comparator.comparingInt((List<FreeBed> beds) -> beds.size()).reversed())
                .flatMap(List::stream).limit(count).toList();
    }
}
