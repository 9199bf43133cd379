package no.ankomst.base;

import java.util.List;

/** One page of a lazy grid: offset and limit as Vaadin asks for them, sort as property names. */
public record PageRequest(int offset, int limit, List<Sort> sort) {

    public PageRequest {
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("bad page: offset " + offset + ", limit " + limit);
        }
        sort = List.copyOf(sort);
    }

    public record Sort(String property, boolean ascending) {
    }
}
