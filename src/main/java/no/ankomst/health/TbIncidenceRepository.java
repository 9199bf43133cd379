package no.ankomst.health;

import static no.ankomst.db.Tables.PERSON;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.jooq.DSLContext;
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
}
