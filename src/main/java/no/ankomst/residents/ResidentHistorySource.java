package no.ankomst.residents;

import java.util.List;
import java.util.Map;

/**
 * The audit records another feature keeps about a person (protection cases and screenings; later TB,
 * school, settlement), so the resident's history tab shows them beside the person's own without residents
 * knowing the feature. A Spring bean; {@link ResidentService#history} reads the audit trail of all sources'
 * records together, newest first, page by page.
 */
public interface ResidentHistorySource {

    /**
     * @param personIds the person and the duplicates merged into them
     * @return audit entity type → entity ids of this feature's records about them
     */
    Map<String, List<String>> records(List<Long> personIds);
}
