package no.ankomst.jobs;

import java.util.List;
import no.ankomst.base.WorklistItem;
import no.ankomst.base.WorklistSource;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import org.springframework.stereotype.Component;

/** Administrators see the jobs whose last run failed; the line opens exactly those jobs. */
@Component
class FailedJobsWorklist implements WorklistSource {

    private final Permissions permissions;
    private final JobService jobs;

    FailedJobsWorklist(Permissions permissions, JobService jobs) {
        this.permissions = permissions;
        this.jobs = jobs;
    }

    @Override
    public List<WorklistItem> itemsForCurrentUser() {
        if (!permissions.may(Capability.ADMINISTER)) {
            return List.of();
        }
        long failed = jobs.jobs(true).size();
        return failed == 0 ? List.of() : List.of(new WorklistItem("worklist.failedJobs", failed,
                "admin/jobs?failed=true", WorklistItem.Severity.ERROR));
    }
}
