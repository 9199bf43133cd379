package no.ankomst.introduction;

import java.util.Set;
import no.ankomst.jobs.JobContext;
import no.ankomst.jobs.JobCounts;
import no.ankomst.jobs.ScheduledJob;
import no.ankomst.security.Capability;
import org.springframework.stereotype.Component;

/**
 * Daily: settled persons who have turned 18 since settlement (and anyone settled whose right is missing) get their
 * right, arising on the birthday. Idempotent: a second run finds nobody. Statuses do not wait for it: they are
 * computed from dates when read.
 */
@Component
class IntroductionEligibilityJob implements ScheduledJob {

    static final String NAME = "introduction-eligibility";

    private final IntroductionRightsWork work;

    IntroductionEligibilityJob(IntroductionRightsWork work) {
        this.work = work;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String i18nKey() {
        return "jobs.name." + NAME;
    }

    @Override
    public String defaultCron() {
        return "0 30 1 * * ?";
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of();
    }

    @Override
    public JobCounts run(JobContext context) {
        return JobCounts.of("created", work.noticeComingOfAge(context.scheduledFireInOslo().toLocalDate(), NAME));
    }
}
