package no.ankomst.residents;

import static org.jooq.impl.DSL.falseCondition;

import java.util.concurrent.atomic.AtomicReference;
import no.ankomst.security.Role;
import no.ankomst.security.Scope;
import org.jooq.Condition;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A feature's reach as settlement will have one, for tests only: while a test has set a person, settlement
 * coordinators reach that one person. Unset (as for every other test in the shared context) it reaches nobody.
 */
@Component
public class OnePersonTestReach implements ResidentReach {

    private final AtomicReference<@Nullable Long> person = new AtomicReference<>();

    void reach(long personId) {
        person.set(personId);
    }

    void reachNobody() {
        person.set(null);
    }

    @Override
    public Condition reaches(Scope scope, Field<Long> personId) {
        Long reached = person.get();
        if (reached == null || scope.role() != Role.SETTLEMENT_COORDINATOR) {
            return falseCondition();
        }
        return personId.eq(reached);
    }
}
