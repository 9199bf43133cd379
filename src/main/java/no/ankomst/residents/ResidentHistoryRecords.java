package no.ankomst.residents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Which audit records make up one resident's history: residents' own (the person, the duplicates merged into
 * them, their household, their stays) and every feature's {@link ResidentHistorySource}.
 */
@Component
class ResidentHistoryRecords {

    private final ResidentDetailRepository repository;
    private final ObjectProvider<ResidentHistorySource> sources;

    ResidentHistoryRecords(ResidentDetailRepository repository, ObjectProvider<ResidentHistorySource> sources) {
        this.repository = repository;
        this.sources = sources;
    }

    Map<String, List<String>> of(long personId) {
        Map<String, List<String>> records = new LinkedHashMap<>(repository.historyRecords(personId));
        List<Long> persons = records.getOrDefault(ResidentService.ENTITY, List.of()).stream().map(Long::valueOf)
                .toList();
        sources.orderedStream().forEach(source -> source.records(persons).forEach((type, ids) ->
                records.merge(type, ids, (mine, theirs) -> {
                    List<String> both = new ArrayList<>(mine);
                    both.addAll(theirs);
                    return both;
                })));
        return records;
    }
}
