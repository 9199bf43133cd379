package no.ankomst.residents;

import no.ankomst.security.Scope;
import org.jooq.Condition;
import org.jooq.Field;

/**
 * A feature's extra reach over residents, beyond the sites of the scope: settlement will let a coordinator
 * read the people proposed to their municipality. A feature provides a Spring bean (named {@code ...Reach}:
 * like the scope conditions it is a query piece, so it may use jOOQ); {@link ResidentScopeConditions#visibleTo}
 * ORs every reach into the one read condition, so every feature's list and detail honour it. Reach only
 * widens what may be <em>read</em>; what may be changed stays {@link ResidentScopeConditions#changeableBy}.
 */
public interface ResidentReach {

    /**
     * @param personId the person id column of the query it is added to
     * @return the persons this scope also reaches; {@code DSL.falseCondition()} when none (e.g. other roles)
     */
    Condition reaches(Scope scope, Field<Long> personId);
}
