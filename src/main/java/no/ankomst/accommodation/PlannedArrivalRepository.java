package no.ankomst.accommodation;

import static no.ankomst.db.Tables.PLANNED_ARRIVAL;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.ankomst.accommodation.PlannedArrivalRecords.NewPlannedArrival;
import no.ankomst.accommodation.PlannedArrivalRecords.PlannedArrival;
import no.ankomst.accommodation.PlannedArrivalRecords.Status;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

@Repository
class PlannedArrivalRepository {

    private final DSLContext db;

    PlannedArrivalRepository(DSLContext db) {
        this.db = db;
    }

    long insert(NewPlannedArrival arrival, LocalDate expectedOn, int people, String createdBy, Instant at) {
        return db.insertInto(PLANNED_ARRIVAL)
                .set(PLANNED_ARRIVAL.SITE_ID, arrival.siteId())
                .set(PLANNED_ARRIVAL.EXPECTED_ON, expectedOn)
                .set(PLANNED_ARRIVAL.PEOPLE, people)
                .set(PLANNED_ARRIVAL.COMING_FROM, blankToNull(arrival.comingFrom()))
                .set(PLANNED_ARRIVAL.NOTE, blankToNull(arrival.note()))
                .set(PLANNED_ARRIVAL.CREATED_BY, createdBy)
                .set(PLANNED_ARRIVAL.CREATED_AT, at)
                .returning(PLANNED_ARRIVAL.ID).fetchSingle(PLANNED_ARRIVAL.ID);
    }

    Optional<PlannedArrival> find(long id) {
        return db.selectFrom(PLANNED_ARRIVAL).where(PLANNED_ARRIVAL.ID.eq(id)).fetchOptional(this::map);
    }

    /** Still expected at the site from {@code from} on, and any left over from earlier days, soonest first. */
    List<PlannedArrival> expected(long siteId) {
        return db.selectFrom(PLANNED_ARRIVAL)
                .where(PLANNED_ARRIVAL.SITE_ID.eq(siteId).and(PLANNED_ARRIVAL.STATUS.eq(Status.PLANNED.name())))
                .orderBy(PLANNED_ARRIVAL.EXPECTED_ON, PLANNED_ARRIVAL.ID)
                .fetch(this::map);
    }

    /** Changes the status if nobody else changed the row since it was read. */
    boolean setStatus(long id, int version, Status status) {
        return db.update(PLANNED_ARRIVAL).set(PLANNED_ARRIVAL.STATUS, status.name())
                .set(PLANNED_ARRIVAL.VERSION, version + 1)
                .where(PLANNED_ARRIVAL.ID.eq(id).and(PLANNED_ARRIVAL.VERSION.eq(version))
                        .and(PLANNED_ARRIVAL.STATUS.eq(Status.PLANNED.name())))
                .execute() == 1;
    }

    private PlannedArrival map(Record r) {
        return new PlannedArrival(r.get(PLANNED_ARRIVAL.ID), r.get(PLANNED_ARRIVAL.SITE_ID),
                r.get(PLANNED_ARRIVAL.EXPECTED_ON), r.get(PLANNED_ARRIVAL.PEOPLE), r.get(PLANNED_ARRIVAL.COMING_FROM),
                r.get(PLANNED_ARRIVAL.NOTE), Status.valueOf(r.get(PLANNED_ARRIVAL.STATUS)),
                r.get(PLANNED_ARRIVAL.CREATED_BY), r.get(PLANNED_ARRIVAL.VERSION));
    }

    private static @org.jspecify.annotations.Nullable String blankToNull(@org.jspecify.annotations.Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
