package no.ankomst.settlement;

import static no.ankomst.db.Tables.MUNICIPALITY;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.trueCondition;

import no.ankomst.security.Role;
import no.ankomst.security.Scope;
import org.jooq.Condition;
import org.jooq.Field;

/**
 * The one definition of which municipalities and which households a scope reaches in settlement, added to every
 * settlement query (repositories only). Administrators and managers reach all; a settlement officer the
 * municipalities of their counties and the households staying at centres in them; a coordinator their own
 * municipality (households reach them through proposals, the proposals' own business); centre staff the
 * households at their sites. Anyone else reaches nothing.
 */
public final class SettlementScopeConditions {

    private SettlementScopeConditions() {
    }

    /** Municipalities a scope reaches, as a condition on a municipality code column. */
    public static Condition municipalities(Scope scope, Field<String> municipalityCode) {
        if (scope.coversAllCounties()) {
            return trueCondition();
        }
        if (scope.role() == Role.SETTLEMENT_OFFICER) {
            return counties(scope, municipalityCode);
        }
        String own = scope.municipalityCode();
        if (scope.role() == Role.SETTLEMENT_COORDINATOR && own != null) {
            return municipalityCode.eq(own);
        }
        return falseCondition();
    }

    /**
     * Households a scope reaches, by the county and site of the centre they stay at today (settlement_household's
     * county_code and site_id, or the same columns of another table).
     */
    public static Condition households(Scope scope, Field<String> countyCode, Field<Long> siteId) {
        if (scope.coversAllCounties()) {
            return trueCondition();
        }
        if (scope.role() == Role.SETTLEMENT_OFFICER) {
            return scope.countyCodes().isEmpty() ? falseCondition() : countyCode.in(scope.countyCodes());
        }
        if (scope.role().isSiteScoped()) {
            return scope.siteIds().isEmpty() ? falseCondition() : siteId.in(scope.siteIds());
        }
        return falseCondition();
    }

    /** A municipality lies in one of the officer's counties. */
    private static Condition counties(Scope scope, Field<String> municipalityCode) {
        if (scope.countyCodes().isEmpty()) {
            return falseCondition();
        }
        return municipalityCode.in(select(MUNICIPALITY.CODE).from(MUNICIPALITY)
                .where(MUNICIPALITY.COUNTY_CODE.in(scope.countyCodes())));
    }
}
