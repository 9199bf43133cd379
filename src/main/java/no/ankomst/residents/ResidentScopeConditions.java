package no.ankomst.residents;

import static no.ankomst.db.Tables.STAY;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectOne;

import no.ankomst.db.tables.Stay;
import no.ankomst.security.Role;
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

    /**
     * The one rule for every write about a person (edit, household, merge, screening, case): administrators
     * change anyone; site staff only people staying at one of their sites now (a past stay is history they
     * read, not change); managers and coordinators no one. Whether the role does that kind of write at all
     * is {@code Permissions}' question, asked by the service before this.
     */
    public static Condition changeableBy(Scope scope, Field<Long> personId) {
        if (scope.role() == Role.ADMIN) {
            return noCondition();
        }
        if (!scope.role().isSiteScoped()) {
            return falseCondition();
        }
        return stayingNowAt(scope, personId);
    }
}
