package no.ankomst.settlement;

import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.PERSON_MUNICIPALITY;
import static no.ankomst.db.Tables.SETTLEMENT_PROPOSAL;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.select;

import no.ankomst.residents.ResidentReach;
import no.ankomst.security.Role;
import no.ankomst.security.Scope;
import org.jooq.Condition;
import org.jooq.Field;
import org.springframework.stereotype.Component;

/**
 * A coordinator reads the people of the households proposed (sent) or accepted to their municipality, and the
 * people settled there (their municipality of residence). Reading only: changing them stays with the centre.
 */
@Component
class SettlementReach implements ResidentReach {

    @Override
    public Condition reaches(Scope scope, Field<Long> personId) {
        String own = scope.municipalityCode();
        if (scope.role() != Role.SETTLEMENT_COORDINATOR || own == null) {
            return falseCondition();
        }
        return personId.in(select(PERSON.ID).from(PERSON).join(SETTLEMENT_PROPOSAL)
                        .on(SETTLEMENT_PROPOSAL.HOUSEHOLD_ID.eq(PERSON.HOUSEHOLD_ID))
                        .where(SETTLEMENT_PROPOSAL.MUNICIPALITY_CODE.eq(own)
                                .and(SETTLEMENT_PROPOSAL.STATE.in(ProposalState.SENT.name(),
                                        ProposalState.ACCEPTED.name()))))
                .or(personId.in(select(PERSON_MUNICIPALITY.PERSON_ID).from(PERSON_MUNICIPALITY)
                        .where(PERSON_MUNICIPALITY.MUNICIPALITY_CODE.eq(own))));
    }
}
