package no.ankomst.settlement;

import java.util.Set;
import no.ankomst.jobs.JobContext;
import no.ankomst.jobs.JobCounts;
import no.ankomst.jobs.ScheduledJob;
import no.ankomst.security.Capability;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Daily: settles the members of accepted households whose settlement date has come (today or missed days), see
 * {@link Settler}. Running it again the same day changes nothing; an acceptance dated today settles at once
 * without waiting for it.
 */
@Component
class SettlementJob implements ScheduledJob {

    static final String NAME = "settlement";

    private final Settler settler;
    private final TransactionTemplate transaction;

    SettlementJob(Settler settler, TransactionTemplate transaction) {
        this.settler = settler;
        this.transaction = transaction;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String i18nKey() {
        return "jobs.name.settlement";
    }

    @Override
    public String defaultCron() {
        return "0 5 0 * * ?";
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.CHANGE_STAYS);
    }

    @Override
    public JobCounts run(JobContext context) {
        Integer settled = transaction.execute(status ->
                settler.settleDue(context.scheduledFireInOslo().toLocalDate(), null));
        return JobCounts.of("settled", settled == null ? 0 : settled);
    }
}
