package no.ankomst.residents;

import static no.ankomst.db.Tables.STAY;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectOne;

import java.util.List;
import no.ankomst.db.tables.Stay;
import no.ankomst.security.Scope;
import org.jooq.Condition;
import org.jooq.Field;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Which residents a scope reaches, as query conditions: the one definition that every feature's repository
 * about residents (the residents list, protection cases, ...) adds to its queries. Only repositories may use
 * it (an architecture rule), so views and services still never build SQL. Features widen what is read through
 * {@link ResidentReach} beans.
 */
@Component
public class ResidentScopeConditions {

    private final List<ResidentReach> reaches;

    ResidentScopeConditions(ObjectProvider<ResidentReach> reaches) {
        this.reaches = reaches.orderedStream().toList();
    }

    /**
     * Staff see people who have, or had, a stay at one of their sites; managers and admins everyone; and
     * anyone a feature's {@link ResidentReach} adds for this scope.
     */
    public Condition visibleTo(Scope scope, Field<Long> personId) {
        if (scope.coversAllSites()) {
            return noCondition();
        }
        Condition visible = scope.siteIds().isEmpty() ? falseCondition() : atOneOfTheSites(scope, personId);
        for (ResidentReach reach : reaches) {
            visible = visible.or(reach.reaches(scope, personId));
        }
        return visible;
    }

    private static Condition atOneOfTheSites(Scope scope, Field<Long> personId) {
        Stay stay = STAY.as("scope_stay");
        return exists(selectOne().from(stay).where(stay.PERSON_ID.eq(personId).and(stay.SITE_ID.in(scope.siteIds()))));
    }

    /** People staying now at one of the scope's sites (what staff may change); everyone for managers and admins. */
    public Condition stayingNowAt(Scope scope, Field<Long> personId) {
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
     * read, not change); managers and coordinators no one, whatever a {@link ResidentReach} lets them read.
     * Whether the role does that kind of write at all is {@code Permissions}' question, asked by the service
     * before this.
     */
    public Condition changeableBy(Scope scope, Field<Long> personId) {
        if (scope.changesEveryone()) {
            return noCondition();
        }
        if (!scope.role().isSiteScoped()) {
            return falseCondition();
        }
        return stayingNowAt(scope, personId);
    }
}
