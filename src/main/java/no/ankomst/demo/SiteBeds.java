package no.ankomst.demo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A site the generator fills, with its free beds in unit order (so a family gets beds together). */
final class SiteBeds {

    final long siteId;
    final boolean arrivalCentre;
    private final Deque<Long> freeBeds;

    SiteBeds(long siteId, boolean arrivalCentre, List<Long> bedIds) {
        this.siteId = siteId;
        this.arrivalCentre = arrivalCentre;
        this.freeBeds = new ArrayDeque<>(bedIds);
    }

    /** The next free bed, or null when the site is full (the resident then waits unassigned). */
    @Nullable Long takeBed() {
        return freeBeds.pollFirst();
    }
}
