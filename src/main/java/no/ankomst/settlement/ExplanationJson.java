package no.ankomst.settlement;

import no.ankomst.settlement.matching.Explanation;
import tools.jackson.databind.json.JsonMapper;

/**
 * A proposal's explanation as stored ({@code settlement_proposal.explanation}, jsonb): the weighted score per term,
 * the total, and the best two alternatives with theirs, exactly as the matching computed them at the time (later
 * runs or changed weights do not rewrite why a proposal was made).
 */
final class ExplanationJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final Explanation NONE = new Explanation(java.util.Map.of(), 0, java.util.List.of());

    private ExplanationJson() {
    }

    static String write(Explanation explanation) {
        return JSON.writeValueAsString(explanation);
    }

    static Explanation read(String data) {
        if (data.isBlank() || "{}".equals(data.strip())) {
            return NONE;
        }
        return JSON.readValue(data, Explanation.class);
    }
}
