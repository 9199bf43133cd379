package no.ankomst.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.values;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.ankomst.AnkomstTest;
import no.ankomst.base.PageRequest;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The one sort-and-seek helper, on a list in real PostgreSQL with ties and missing keys. */
@AnkomstTest
class SortAndSeekTest {

    /** Ten rows: names with ties (b three times), dates with ties and two rows without one. */
    private static final Table<?> LIST = values(
            row(7L, "b", 3), row(2L, "a", 1), row(9L, "b", null), row(4L, "c", 2), row(1L, "b", 3),
            row(10L, "d", 1), row(3L, "a", null), row(8L, "e", 5), row(5L, "c", 2), row(6L, "f", 4))
            .as("list", "id", "name", "day");
    private static final Field<Long> ID = field(name("list", "id"), Long.class);
    private static final Field<String> NAME = field(name("list", "name"), String.class);
    private static final Field<Integer> DAY = field(name("list", "day"), Integer.class);

    @Autowired
    DSLContext db;

    @Test
    void ties_are_broken_by_the_id_ascending() {
        assertThat(read(SortAndSeek.ascending(ID, NAME).slice(0, 10, 0, null)))
                .containsExactly(2L, 3L, 1L, 7L, 9L, 4L, 5L, 10L, 8L, 6L);
    }

    @Test
    void ties_are_broken_by_the_id_descending_when_the_order_is_descending() {
        assertThat(read(SortAndSeek.descending(ID, NAME).slice(0, 10, 0, null)))
                .containsExactly(6L, 8L, 10L, 5L, 4L, 9L, 7L, 1L, 3L, 2L);
    }

    @Test
    void seeking_past_the_last_row_read_gives_the_pages_offsets_give_in_both_directions() {
        for (SortAndSeek order : List.of(SortAndSeek.ascending(ID, NAME), SortAndSeek.descending(ID, NAME))) {
            assertThat(pagesBySeeking(order, 3)).containsExactlyElementsOf(read(order.slice(0, 10, 0, null)));
        }
    }

    @Test
    void a_page_past_the_middle_read_from_the_far_end_is_the_page_an_offset_reads() {
        SortAndSeek order = SortAndSeek.ascending(ID, NAME);
        SortAndSeek.Slice fromEnd = order.slice(6, 3, 10, null);
        assertThat(fromEnd.reversed()).isTrue();
        assertThat(read(fromEnd)).containsExactlyElementsOf(read(order.slice(6, 3, 0, null)));
        assertThat(read(order.slice(9, 3, 10, null))).containsExactly(6L);
        assertThat(order.slice(10, 3, 10, null).empty()).isTrue();
    }

    @Test
    void rows_without_a_key_come_last_and_seeking_continues_among_them_by_id() {
        SortAndSeek order = SortAndSeek.ascending(ID, DAY).nullsLast();
        List<Long> all = read(order.slice(0, 10, 0, null));
        assertThat(all).containsExactly(2L, 10L, 4L, 5L, 1L, 7L, 6L, 8L, 3L, 9L);
        assertThat(pagesBySeeking(order, 4)).containsExactlyElementsOf(all);
        assertThat(pagesBySeeking(order, 1)).containsExactlyElementsOf(all);
    }

    @Test
    void a_grid_sort_keeps_its_directions_ignores_unknown_columns_and_ends_with_the_tie_breaker() {
        SortAndSeek order = SortAndSeek.by(List.of(new PageRequest.Sort("name", false),
                new PageRequest.Sort("unknown", true)), Map.of("name", NAME), ID);
        assertThat(order.orderBy()).containsExactly(NAME.desc(), ID.asc());
        assertThat(read(order.slice(0, 4, 0, null))).containsExactly(6L, 8L, 10L, 4L);
    }

    @Test
    void an_order_in_mixed_directions_cannot_be_read_by_seeking() {
        SortAndSeek mixed = SortAndSeek.by(List.of(new SortAndSeek.Key(NAME, false)), ID);
        assertThatThrownBy(() -> mixed.after(LIST, ID.eq(1L))).isInstanceOf(IllegalStateException.class);
    }

    private List<Long> pagesBySeeking(SortAndSeek order, int pageSize) {
        List<Long> all = new ArrayList<>();
        @Nullable Long last = null;
        while (true) {
            List<Long> page = read(order.slice(0, pageSize, 0, last == null ? null : order.after(LIST, ID.eq(last))));
            if (page.isEmpty()) {
                return all;
            }
            all.addAll(page);
            last = page.getLast();
        }
    }

    private List<Long> read(SortAndSeek.Slice slice) {
        return slice.inListOrder(db.select(ID).from(LIST).where(slice.condition()).orderBy(slice.orderBy())
                .offset(slice.offset()).limit(slice.limit()).fetch(ID));
    }
}
