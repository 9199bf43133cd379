package no.ankomst.settlement.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.ankomst.settlement.matching.Explanation;
import no.ankomst.settlement.matching.Explanation.Alternative;
import no.ankomst.settlement.matching.PreferenceTerm;
import org.jspecify.annotations.Nullable;

/**
 * Why a proposal, as a small table: one row per preference term and the total, one column for the proposed
 * municipality and one per alternative (at most two), each with its weighted score. Municipalities by name.
 */
class ExplanationTable extends Grid<ExplanationTable.Line> {

    /** One row: a term (null for the total) and its value per column. */
    record Line(@Nullable PreferenceTerm term, List<Long> values) {
    }

    ExplanationTable(String id) {
        super(Line.class, false);
        setId(id);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        setWidth("48em");
    }

    /** Shows the proposal in {@code proposedName} and its alternatives, naming municipalities by {@code names}. */
    void show(Explanation explanation, String proposedName, Function<String, String> names) {
        removeAllColumns();
        addColumn(line -> line.term() == null ? getTranslation("settlement.total")
                : getTranslation("settlement.term." + line.term().name())).setHeader("").setAutoWidth(true);
        List<String> headers = new ArrayList<>();
        headers.add(getTranslation("settlement.proposed") + ": " + proposedName);
        for (int i = 0; i < explanation.alternatives().size(); i++) {
            headers.add(getTranslation("settlement.alternative", i + 1) + ": "
                    + names.apply(explanation.alternatives().get(i).municipalityCode()));
        }
        for (int column = 0; column < headers.size(); column++) {
            int index = column;
            addColumn(line -> String.valueOf(line.values().get(index))).setHeader(headers.get(column))
                    .setAutoWidth(true);
        }
        List<Line> lines = new ArrayList<>();
        for (PreferenceTerm term : PreferenceTerm.values()) {
            List<Long> values = new ArrayList<>();
            values.add(explanation.terms().getOrDefault(term, 0L));
            for (Alternative alternative : explanation.alternatives()) {
                values.add(alternative.terms().getOrDefault(term, 0L));
            }
            lines.add(new Line(term, values));
        }
        List<Long> totals = new ArrayList<>();
        totals.add(explanation.total());
        explanation.alternatives().forEach(alternative -> totals.add(alternative.total()));
        lines.add(new Line(null, totals));
        setItems(lines);
    }

    /** The terms of one municipality only (an override's own score). */
    void showOne(Map<PreferenceTerm, Long> terms, long total, String name) {
        show(new Explanation(terms, total, List.of()), name, code -> code);
    }
}
