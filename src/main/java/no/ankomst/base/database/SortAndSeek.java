package no.ankomst.base.database;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import no.ankomst.base.PageRequest;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.TableLike;
import org.jspecify.annotations.Nullable;

/**
 * A list's sort order, always ending in a unique tie-breaker (the id) so equal keys never swap rows between
 * pages, and the one way a repository reads a page of it: by offset; by seeking past the last row already
 * read (keyset pagination: a page far down costs what the first does); or, past the middle of a long list,
 * from the other end in reverse. Repositories build their lists' order here instead of by hand.
 */
public final class SortAndSeek {

    /** One sort key and its direction. */
    public record Key(Field<?> field, boolean ascending) {
    }

    private final List<Key> keys;
    private final boolean nullsLast;

    private SortAndSeek(List<Key> keys, boolean nullsLast) {
        this.keys = List.copyOf(keys);
        this.nullsLast = nullsLast;
    }

    /** The keys in the same direction, then the tie-breaker: the order that can be read by seeking. */
    public static SortAndSeek ascending(Field<?> tieBreaker, Field<?>... keys) {
        return uniform(true, tieBreaker, keys);
    }

    public static SortAndSeek descending(Field<?> tieBreaker, Field<?>... keys) {
        return uniform(false, tieBreaker, keys);
    }

    /** Keys in their own directions (a ranking, a grid's column sort), then the tie-breaker ascending. */
    public static SortAndSeek by(List<Key> keys, Field<?> tieBreaker) {
        List<Key> all = new ArrayList<>(keys);
        all.add(new Key(tieBreaker, true));
        return new SortAndSeek(all, false);
    }

    /** A grid's sort by property names; names not in {@code sortable} are ignored. */
    public static SortAndSeek by(List<PageRequest.Sort> sort, Map<String, ? extends Field<?>> sortable,
                                 Field<?> tieBreaker) {
        List<Key> keys = new ArrayList<>();
        for (PageRequest.Sort s : sort) {
            Field<?> field = sortable.get(s.property());
            if (field != null) {
                keys.add(new Key(field, s.ascending()));
            }
        }
        return by(keys, tieBreaker);
    }

    private static SortAndSeek uniform(boolean ascending, Field<?> tieBreaker, Field<?>... keys) {
        List<Key> all = new ArrayList<>();
        for (Field<?> key : keys) {
            all.add(new Key(key, ascending));
        }
        all.add(new Key(tieBreaker, ascending));
        return new SortAndSeek(all, false);
    }

    /** The leading key may be null; those rows come after all others (an ascending key and its tie-breaker). */
    public SortAndSeek nullsLast() {
        if (keys.size() != 2 || !uniformlyAscending()) {
            throw new IllegalStateException("nulls last is for one ascending key and its tie-breaker");
        }
        return new SortAndSeek(keys, true);
    }

    /** The same order backwards, tie-breaker included: the last rows first. */
    public SortAndSeek reversed() {
        return new SortAndSeek(keys.stream().map(k -> new Key(k.field(), !k.ascending())).toList(), nullsLast);
    }

    public List<SortField<?>> orderBy() {
        List<SortField<?>> order = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Key key = keys.get(i);
            SortField<?> sort = key.ascending() ? key.field().asc() : key.field().desc();
            if (nullsLast && i == 0) {
                sort = key.ascending() ? sort.nullsLast() : sort.nullsFirst();
            }
            order.add(sort);
        }
        return order;
    }

    /**
     * Rows after the last one read, in this order. {@code lastRowFrom} and {@code lastRow} find that row: its
     * keys are read in a subquery over the same tables (whose names there mean the subquery's own rows), so
     * callers pass just the id they have.
     */
    public Condition after(TableLike<?> lastRowFrom, Condition lastRow) {
        boolean ascending = uniformlyAscending();
        if (!ascending && keys.stream().anyMatch(Key::ascending)) {
            throw new IllegalStateException("only an order in one direction can be read by seeking");
        }
        List<Field<?>> fields = keys.stream().<Field<?>>map(Key::field).toList();
        var last = select(fields).from(lastRowFrom).where(lastRow);
        Condition beyond = ascending ? row(fields).gt(last) : row(fields).lt(last);
        if (!nullsLast) {
            return beyond;
        }
        Field<?> key = fields.get(0);
        Field<?> tieBreaker = fields.get(1);
        Field<?> lastKey = field(select(key).from(lastRowFrom).where(lastRow));
        // past every row with a key, the rows without one continue by the tie-breaker
        return beyond.or(key.isNull().and(lastKey.isNotNull()
                .or(row(List.of(tieBreaker)).gt(select(List.of(tieBreaker)).from(lastRowFrom).where(lastRow)))));
    }

    /**
     * How to read rows {@code offset} to {@code offset + limit}: past {@code afterLastRow} when the caller
     * continues from a page it read (then {@code offset} is ignored); else from the far end in reverse when
     * {@code offset} lies past the middle of {@code total} rows (0: not known); else by offset.
     */
    public Slice slice(int offset, int limit, int total, @Nullable Condition afterLastRow) {
        if (afterLastRow != null) {
            return new Slice(afterLastRow, orderBy(), 0, limit, false);
        }
        if (total > 0 && offset > total / 2) {
            return new Slice(noCondition(), reversed().orderBy(), Math.max(0, total - offset - limit),
                    Math.min(limit, total - offset), true);
        }
        return new Slice(noCondition(), orderBy(), offset, limit, false);
    }

    private boolean uniformlyAscending() {
        return keys.stream().allMatch(Key::ascending);
    }

    /** One page's read: condition, order, offset and limit for the query; {@link #inListOrder} for its rows. */
    public record Slice(Condition condition, List<SortField<?>> orderBy, int offset, int limit, boolean reversed) {

        /** Nothing to read (an offset at or past the end). */
        public boolean empty() {
            return limit <= 0;
        }

        /** The rows read, in the list's order (a page read from the far end comes back reversed). */
        public <T> List<T> inListOrder(List<T> rows) {
            if (!reversed) {
                return rows;
            }
            List<T> inOrder = new ArrayList<>(rows);
            Collections.reverse(inOrder);
            return inOrder;
        }
    }
}
