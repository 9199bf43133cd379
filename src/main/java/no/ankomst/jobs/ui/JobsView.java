package no.ankomst.jobs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import no.ankomst.base.ui.Chip;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.Grids;
import no.ankomst.base.ui.Notifications;
import no.ankomst.base.ui.PageHeading;
import no.ankomst.jobs.JobOutcome;
import no.ankomst.jobs.JobRecords;
import no.ankomst.jobs.JobRecords.JobRow;
import no.ankomst.jobs.JobRecords.JobRunRow;
import no.ankomst.jobs.JobService;
import no.ankomst.security.Capability;
import no.ankomst.security.RouteCapability;
import org.jspecify.annotations.Nullable;

/**
 * Administrators see each job's schedule (cron, next firing in Oslo time), state and last runs, and pause,
 * resume or run a job now. {@code ?failed=true} (the worklist's link) lists only jobs whose last run failed.
 */
@Route("admin/jobs")
@Menu(order = 93, title = "nav.jobs", icon = "vaadin:clock")
@RolesAllowed("ADMIN")
@RouteCapability(Capability.ADMINISTER)
public class JobsView extends VerticalLayout implements BeforeEnterObserver, PageHeading {

    private final JobService jobs;
    private final Grid<JobRow> grid = new Grid<>();
    private final Grid<JobRunRow> runs = new Grid<>();
    private final Button pauseOrResume = new Button();
    private final Button runNow = new Button();
    private boolean failedOnly;

    JobsView(JobService jobs) {
        this.jobs = jobs;
        setId("jobs-view");
        setSizeFull();
        pauseOrResume.setId("jobs-pause-resume");
        pauseOrResume.addClickListener(event -> selected().ifPresent(this::pauseOrResume));
        runNow.setId("jobs-run-now");
        runNow.setText(getTranslation("jobs.runNow"));
        runNow.setIcon(VaadinIcon.PLAY.create());
        runNow.addClickListener(event -> selected().ifPresent(row -> act(jobs::runNow, row, "jobs.started")));
        add(new HorizontalLayout(pauseOrResume, runNow), createGrid(), createRuns());
        updateActions(Optional.empty());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        failedOnly = event.getLocation().getQueryParameters().getSingleParameter("failed")
                .map("true"::equals).orElse(false);
        refresh();
    }

    private Grid<JobRow> createGrid() {
        grid.setId("jobs-grid");
        Grids.emptyState(grid, "empty.jobs");
        grid.addColumn(row -> getTranslation(row.i18nKey())).setHeader(getTranslation("jobs.job")).setKey("job");
        grid.addColumn(JobRow::cron).setHeader(getTranslation("jobs.cron")).setKey("cron");
        grid.addColumn(row -> at(row.nextFire())).setHeader(getTranslation("jobs.nextFire")).setKey("nextFire");
        grid.addComponentColumn(this::state).setHeader(getTranslation("jobs.state")).setKey("state");
        grid.addComponentColumn(row -> row.lastRuns().isEmpty() ? new Span()
                : outcome(row.lastRuns().getFirst())).setHeader(getTranslation("jobs.lastRun")).setKey("lastRun");
        grid.asSingleSelect().addValueChangeListener(event -> updateActions(Optional.ofNullable(event.getValue())));
        grid.setWidthFull();
        return grid;
    }

    private Grid<JobRunRow> createRuns() {
        runs.setId("job-runs-grid");
        Grids.emptyState(runs, "empty.jobRuns");
        runs.addColumn(run -> at(run.scheduledFire())).setHeader(getTranslation("jobs.fireTime")).setKey("fireTime");
        runs.addColumn(run -> duration(run.duration())).setHeader(getTranslation("jobs.duration")).setKey("duration");
        runs.addComponentColumn(this::outcome).setHeader(getTranslation("jobs.outcome")).setKey("outcome");
        runs.addColumn(run -> Objects.requireNonNullElse(run.counts(), "")).setHeader(getTranslation("jobs.counts"))
                .setKey("counts");
        runs.addColumn(run -> Objects.requireNonNullElse(run.error(), "")).setHeader(getTranslation("jobs.error"))
                .setKey("error").setFlexGrow(3);
        runs.setWidthFull();
        return runs;
    }

    private Span state(JobRow row) {
        return row.paused() ? Chip.of(getTranslation("jobs.state.paused"), Chip.Tone.WARNING)
                : Chip.of(getTranslation("jobs.state.normal"), Chip.Tone.OK);
    }

    private Span outcome(JobRunRow run) {
        JobOutcome outcome = run.outcome();
        if (outcome == null) {
            return Chip.of(getTranslation("jobs.outcome.RUNNING"), Chip.Tone.INFO);
        }
        return Chip.of(getTranslation(outcome.i18nKey()), switch (outcome) {
            case SUCCEEDED -> Chip.Tone.OK;
            case FAILED -> Chip.Tone.ERROR;
            case SKIPPED -> Chip.Tone.MUTED;
        });
    }

    private static String at(@Nullable Instant instant) {
        return instant == null ? "" : Dates.format(instant, JobRecords.OSLO);
    }

    private String duration(@Nullable Duration duration) {
        return duration == null ? "" : getTranslation("jobs.seconds", String.format("%.1f", duration.toMillis() / 1000.0));
    }

    private void pauseOrResume(JobRow row) {
        if (row.paused()) {
            act(jobs::resume, row, "jobs.resumed");
        } else {
            act(jobs::pause, row, "jobs.paused");
        }
    }

    private void act(Consumer<String> action, JobRow row, String messageKey) {
        action.accept(row.name());
        Notifications.success(getTranslation(messageKey, getTranslation(row.i18nKey())));
        refresh();
    }

    private Optional<JobRow> selected() {
        return grid.asSingleSelect().getOptionalValue();
    }

    private void refresh() {
        Optional<String> selectedName = selected().map(JobRow::name);
        List<JobRow> rows = jobs.jobs(failedOnly);
        grid.setItems(rows);
        selectedName.flatMap(name -> rows.stream().filter(row -> row.name().equals(name)).findFirst())
                .ifPresent(grid::select);
        updateActions(selected());
    }

    private void updateActions(Optional<JobRow> row) {
        pauseOrResume.setEnabled(row.isPresent());
        runNow.setEnabled(row.isPresent());
        pauseOrResume.setText(getTranslation(row.map(JobRow::paused).orElse(false) ? "jobs.resume" : "jobs.pause"));
        runs.setItems(row.map(JobRow::lastRuns).orElse(List.of()));
    }

    @Override
    public String heading() {
        return getTranslation("nav.jobs");
    }
}
