package no.ankomst.residents;

import static no.ankomst.db.Tables.STAY;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectOne;

import no.ankomst.db.tables.Stay;
import no.ankomst.security.Scope;
import org.jooq.Condition;
import org.jooq.Field;

/**
 * Which residents a scope reaches, as query conditions: the one definition that every feature's repository
 * about residents (the residents list, protection cases, ...) adds to its queries. Only repositories may use
 * it (an architecture rule), so views and services still never build SQL.
 */
public final class ResidentScopeConditions {

    private ResidentScopeConditions() {
    }

    /** Staff see people who have, or had, a stay at one of their sites; managers and admins everyone. */
    public static Condition visibleTo(Scope scope, Field<Long> personId) {
        if (scope.coversAllSites()) {
            return noCondition();
        }
        Stay stay = STAY.as("scope_stay");
        return exists(selectOne().from(stay).where(stay.PERSON_ID.eq(personId).and(stay.SITE_ID.in(scope.siteIds()))));
    }

    /** People staying now at one of the scope's sites (what staff may change); everyone for managers and admins. */
    public static Condition stayingNowAt(Scope scope, Field<Long> personId) {
        if (scope.coversAllSites()) {
            return noCondition();
        }
        Stay stay = STAY.as("scope_open_stay");
        return exists(selectOne().from(stay).where(stay.PERSON_ID.eq(personId).and(stay.CHECKED_OUT_ON.isNull())
                .and(stay.SITE_ID.in(scope.siteIds()))));
    }
}
