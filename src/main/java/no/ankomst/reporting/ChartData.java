package no.ankomst.reporting;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one chart shows, in the reader's language: a title, a short summary in words (the chart's accessible text,
 * printed beside it), the categories along the axis (ISO weeks for a trend, states for the pipeline) and one or
 * more series with a value per category; a null value is a week without a snapshot, drawn as a gap.
 */
public record ChartData(String id, Kind kind, String title, String summary, List<String> categories,
                        List<Series> series) {

    public enum Kind { LINE, BAR }

    public record Series(String name, List<@Nullable Long> values) {

        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    public ChartData {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("a value per category in " + id);
            }
        }
    }
}
