package no.ankomst.schooling;

import static no.ankomst.db.Tables.MUNICIPALITY;
import static no.ankomst.db.Tables.SCHOOL;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.noCondition;

import java.util.List;
import java.util.Optional;
import no.ankomst.schooling.SchoolingRecords.SchoolDraft;
import no.ankomst.schooling.SchoolingRecords.SchoolFilter;
import no.ankomst.schooling.SchoolingRecords.SchoolRow;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Schools per municipality. */
@Repository
class SchoolRepository {

    private final DSLContext db;

    SchoolRepository(DSLContext db) {
        this.db = db;
    }

    boolean municipalityExists(String code) {
        return db.fetchExists(MUNICIPALITY, MUNICIPALITY.CODE.eq(code));
    }

    boolean nameTaken(String municipalityCode, String name, @Nullable Long except) {
        return db.fetchExists(SCHOOL, SCHOOL.MUNICIPALITY_CODE.eq(municipalityCode)
                .and(lower(SCHOOL.NAME).eq(name.strip().toLowerCase(java.util.Locale.ROOT)))
                .and(except == null ? noCondition() : SCHOOL.ID.ne(except)));
    }

    boolean orgNumberTaken(String orgNumber, @Nullable Long except) {
        return db.fetchExists(SCHOOL, SCHOOL.ORG_NUMBER.eq(orgNumber)
                .and(except == null ? noCondition() : SCHOOL.ID.ne(except)));
    }

    long insert(SchoolDraft s) {
        return db.insertInto(SCHOOL)
                .set(SCHOOL.MUNICIPALITY_CODE, s.municipalityCode())
                .set(SCHOOL.NAME, s.name().strip())
                .set(SCHOOL.ORG_NUMBER, blankToNull(s.orgNumber()))
                .set(SCHOOL.PRIMARY_LEVEL, s.primaryLevel())
                .set(SCHOOL.LOWER_SECONDARY, s.lowerSecondary())
                .set(SCHOOL.ACTIVE, s.active())
                .returning(SCHOOL.ID).fetchSingle(SCHOOL.ID);
    }

    /** @return whether the row at that version was changed */
    boolean update(long id, int version, SchoolDraft s) {
        return db.update(SCHOOL)
                .set(SCHOOL.MUNICIPALITY_CODE, s.municipalityCode())
                .set(SCHOOL.NAME, s.name().strip())
                .set(SCHOOL.ORG_NUMBER, blankToNull(s.orgNumber()))
                .set(SCHOOL.PRIMARY_LEVEL, s.primaryLevel())
                .set(SCHOOL.LOWER_SECONDARY, s.lowerSecondary())
                .set(SCHOOL.ACTIVE, s.active())
                .set(SCHOOL.VERSION, SCHOOL.VERSION.plus(1))
                .where(SCHOOL.ID.eq(id).and(SCHOOL.VERSION.eq(version)))
                .execute() == 1;
    }

    Optional<SchoolRow> find(long id) {
        return db.select(SCHOOL.fields()).select(MUNICIPALITY.NAME).from(SCHOOL)
                .join(MUNICIPALITY).on(MUNICIPALITY.CODE.eq(SCHOOL.MUNICIPALITY_CODE))
                .where(SCHOOL.ID.eq(id)).fetchOptional(SchoolRepository::toRow);
    }

    List<SchoolRow> page(SchoolFilter filter, int offset, int limit) {
        return db.select(SCHOOL.fields()).select(MUNICIPALITY.NAME).from(SCHOOL)
                .join(MUNICIPALITY).on(MUNICIPALITY.CODE.eq(SCHOOL.MUNICIPALITY_CODE))
                .where(matching(filter))
                .orderBy(SCHOOL.MUNICIPALITY_CODE, lower(SCHOOL.NAME), SCHOOL.ID)
                .offset(offset).limit(limit)
                .fetch(SchoolRepository::toRow);
    }

    int count(SchoolFilter filter) {
        return db.fetchCount(SCHOOL, matching(filter));
    }

    /** Active schools of a municipality, by name. */
    List<SchoolRow> activeIn(String municipalityCode) {
        return db.select(SCHOOL.fields()).select(MUNICIPALITY.NAME).from(SCHOOL)
                .join(MUNICIPALITY).on(MUNICIPALITY.CODE.eq(SCHOOL.MUNICIPALITY_CODE))
                .where(SCHOOL.MUNICIPALITY_CODE.eq(municipalityCode).and(SCHOOL.ACTIVE))
                .orderBy(lower(SCHOOL.NAME), SCHOOL.ID)
                .fetch(SchoolRepository::toRow);
    }

    private static Condition matching(SchoolFilter filter) {
        Condition condition = noCondition();
        if (filter.municipalityCode() != null) {
            condition = condition.and(SCHOOL.MUNICIPALITY_CODE.eq(filter.municipalityCode()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            condition = condition.and(SCHOOL.NAME.containsIgnoreCase(filter.text().strip()));
        }
        return condition;
    }

    private static SchoolRow toRow(Record r) {
        return new SchoolRow(r.get(SCHOOL.ID), r.get(SCHOOL.MUNICIPALITY_CODE), r.get(MUNICIPALITY.NAME),
                r.get(SCHOOL.NAME), r.get(SCHOOL.ORG_NUMBER), r.get(SCHOOL.PRIMARY_LEVEL),
                r.get(SCHOOL.LOWER_SECONDARY), r.get(SCHOOL.ACTIVE), r.get(SCHOOL.VERSION));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
