package no.ankomst.settlement;

import static no.ankomst.db.Tables.DWELLING;
import static no.ankomst.db.Tables.MUNICIPALITY_SERVICE;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.ankomst.security.Scope;
import no.ankomst.settlement.DwellingRecords.DwellingForm;
import no.ankomst.settlement.DwellingRecords.DwellingRow;
import no.ankomst.settlement.DwellingRecords.DwellingState;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class DwellingRepository {

    private final DSLContext db;

    DwellingRepository(DSLContext db) {
        this.db = db;
    }

    private static Condition inScope(Scope scope, boolean withWithdrawn) {
        Condition condition = SettlementScopeConditions.municipalities(scope, DWELLING.MUNICIPALITY_CODE);
        return withWithdrawn ? condition : condition.and(DWELLING.STATE.ne(DwellingState.WITHDRAWN.name()));
    }

    List<DwellingRow> page(Scope scope, boolean withWithdrawn, int offset, int limit) {
        return db.selectFrom(DWELLING).where(inScope(scope, withWithdrawn))
                .orderBy(DWELLING.MUNICIPALITY_CODE, DWELLING.STATE, DWELLING.AVAILABLE_FROM, DWELLING.ID)
                .offset(offset).limit(limit)
                .fetch(r -> new DwellingRow(r.getId(), r.getMunicipalityCode(), r.getLabel(), r.getRooms(),
                        r.getPersons(), r.getAccessible(), r.getAvailableFrom(), DwellingState.valueOf(r.getState()),
                        r.getVersion()));
    }

    int count(Scope scope, boolean withWithdrawn) {
        return db.fetchCount(DWELLING, inScope(scope, withWithdrawn));
    }

    Optional<DwellingState> state(Scope scope, long id) {
        return db.select(DWELLING.STATE).from(DWELLING).where(DWELLING.ID.eq(id).and(inScope(scope, true)))
                .fetchOptional(r -> DwellingState.valueOf(r.value1()));
    }

    long insert(String municipalityCode, DwellingForm form) {
        return db.insertInto(DWELLING)
                .set(DWELLING.MUNICIPALITY_CODE, municipalityCode)
                .set(DWELLING.LABEL, form.label().strip())
                .set(DWELLING.ROOMS, form.rooms())
                .set(DWELLING.PERSONS, form.persons())
                .set(DWELLING.ACCESSIBLE, form.accessible())
                .set(DWELLING.AVAILABLE_FROM, form.availableFrom())
                .returning(DWELLING.ID).fetchSingle(DWELLING.ID);
    }

    /** Changes an offered dwelling; false when it changed meanwhile or is no longer on offer. */
    boolean update(Scope scope, DwellingForm form) {
        return db.update(DWELLING)
                .set(DWELLING.LABEL, form.label().strip())
                .set(DWELLING.ROOMS, form.rooms())
                .set(DWELLING.PERSONS, form.persons())
                .set(DWELLING.ACCESSIBLE, form.accessible())
                .set(DWELLING.AVAILABLE_FROM, form.availableFrom())
                .set(DWELLING.VERSION, DWELLING.VERSION.plus(1))
                .where(DWELLING.ID.eq(form.id()).and(DWELLING.VERSION.eq(form.version()))
                        .and(DWELLING.STATE.eq(DwellingState.OFFERED.name())).and(inScope(scope, true)))
                .execute() == 1;
    }

    boolean withdraw(Scope scope, long id, int version) {
        return db.update(DWELLING)
                .set(DWELLING.STATE, DwellingState.WITHDRAWN.name())
                .set(DWELLING.VERSION, DWELLING.VERSION.plus(1))
                .where(DWELLING.ID.eq(id).and(DWELLING.VERSION.eq(version))
                        .and(DWELLING.STATE.eq(DwellingState.OFFERED.name())).and(inScope(scope, true)))
                .execute() == 1;
    }

    Set<String> services(String municipalityCode) {
        return db.select(MUNICIPALITY_SERVICE.SERVICE_CODE).from(MUNICIPALITY_SERVICE)
                .where(MUNICIPALITY_SERVICE.MUNICIPALITY_CODE.eq(municipalityCode))
                .fetchSet(MUNICIPALITY_SERVICE.SERVICE_CODE);
    }

    void replaceServices(String municipalityCode, Set<String> codes) {
        db.deleteFrom(MUNICIPALITY_SERVICE).where(MUNICIPALITY_SERVICE.MUNICIPALITY_CODE.eq(municipalityCode))
                .execute();
        for (String code : codes) {
            db.insertInto(MUNICIPALITY_SERVICE).set(MUNICIPALITY_SERVICE.MUNICIPALITY_CODE, municipalityCode)
                    .set(MUNICIPALITY_SERVICE.SERVICE_CODE, code).execute();
        }
    }
}
