package no.ankomst.health;

import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.TB_INCIDENCE;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** People's incidence classes from their citizenships and the dated {@code tb_incidence} list. */
@Repository
class TbIncidenceRepository {

    private final DSLContext db;
    private final TbStatusConditions conditions;

    TbIncidenceRepository(DSLContext db, TbStatusConditions conditions) {
        this.db = db;
        this.conditions = conditions;
    }

    Map<Long, Incidence> incidenceOf(Collection<Long> personIds, LocalDate day) {
        return db.select(PERSON.ID, conditions.incidence(PERSON.CITIZENSHIPS, day))
                .from(PERSON)
                .where(PERSON.ID.in(personIds))
                .fetchMap(r -> r.value1(), r -> Incidence.valueOf(r.value2()));
    }

    /** The list, by country and start; {@code country} (a code) narrows it when given. */
    List<IncidenceRow> list(@Nullable String country) {
        Condition where = country == null ? DSL.noCondition() : TB_INCIDENCE.COUNTRY.eq(country);
        return db.selectFrom(TB_INCIDENCE).where(where)
                .orderBy(TB_INCIDENCE.COUNTRY, TB_INCIDENCE.VALID_FROM)
                .fetch(r -> new IncidenceRow(r.getId(), r.getCountry(), Incidence.valueOf(r.getIncidence()),
                        r.getValidFrom(), r.getValidTo(), r.getVersion()));
    }

    /** The country's open entry (no end), locked until the transaction ends. */
    Optional<IncidenceRow> lockOpen(String country) {
        return db.selectFrom(TB_INCIDENCE)
                .where(TB_INCIDENCE.COUNTRY.eq(country), TB_INCIDENCE.VALID_TO.isNull())
                .forUpdate()
                .fetchOptional(r -> new IncidenceRow(r.getId(), r.getCountry(), Incidence.valueOf(r.getIncidence()),
                        r.getValidFrom(), r.getValidTo(), r.getVersion()));
    }

    /** Whether an entry of the country other than {@code exceptId} reaches {@code from} or later. */
    boolean reaches(String country, LocalDate from, @Nullable Long exceptId) {
        return db.fetchExists(TB_INCIDENCE, TB_INCIDENCE.COUNTRY.eq(country),
                exceptId == null ? DSL.noCondition() : TB_INCIDENCE.ID.ne(exceptId),
                TB_INCIDENCE.VALID_TO.isNull().or(TB_INCIDENCE.VALID_TO.gt(from)));
    }

    void close(long id, LocalDate to) {
        db.update(TB_INCIDENCE).set(TB_INCIDENCE.VALID_TO, to)
                .set(TB_INCIDENCE.VERSION, TB_INCIDENCE.VERSION.plus(1))
                .where(TB_INCIDENCE.ID.eq(id)).execute();
    }

    long insert(String country, Incidence incidence, LocalDate from) {
        return db.insertInto(TB_INCIDENCE)
                .set(TB_INCIDENCE.COUNTRY, country)
                .set(TB_INCIDENCE.INCIDENCE, incidence.name())
                .set(TB_INCIDENCE.VALID_FROM, from)
                .returning(TB_INCIDENCE.ID).fetchOne(TB_INCIDENCE.ID);
    }
}
