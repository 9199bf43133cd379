package no.ankomst.jobs.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import no.ankomst.AnkomstTest;
import no.ankomst.jobs.JobRecords.JobRow;
import no.ankomst.jobs.JobService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@AnkomstTest
@WithUserDetails("admin")
class JobsViewTest extends SpringBrowserlessTest {

    @Autowired
    JobService jobs;

    @BeforeEach
    void speakEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @SuppressWarnings("unchecked")
    private Grid<JobRow> grid() {
        return $(Grid.class).id("jobs-grid");
    }

    private String stateShown(String job) {
        Grid<JobRow> grid = grid();
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getRow(row).name().equals(job)) {
                return ((Span) test(grid).getCellComponent(row, "state")).getText();
            }
        }
        throw new AssertionError("no row for " + job);
    }

    private void select(String job) {
        Grid<JobRow> grid = grid();
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getRow(row).name().equals(job)) {
                test(grid).select(row);
                return;
            }
        }
        throw new AssertionError("no row for " + job);
    }

    @Test
    void the_view_lists_each_job_with_its_schedule_and_pause_and_resume_change_the_state_shown() {
        navigate(JobsView.class);
        assertThat(test(grid()).size()).isEqualTo(jobs.jobs(false).size());
        assertThat(stateShown("test-counting")).isEqualTo("Running on schedule");

        select("test-counting");
        test($(Button.class).id("jobs-pause-resume")).click();
        assertThat(stateShown("test-counting")).isEqualTo("Paused");
        assertThat($(Button.class).id("jobs-pause-resume").getText()).isEqualTo("Resume");

        test($(Button.class).id("jobs-pause-resume")).click();
        assertThat(stateShown("test-counting")).isEqualTo("Running on schedule");
        assertThat(jobs.jobs(false)).filteredOn(job -> job.name().equals("test-counting"))
                .singleElement().extracting(JobRow::paused).isEqualTo(false);
    }

    @Test
    void the_event_retry_job_shows_its_cron_and_next_run_in_oslo_time() {
        navigate(JobsView.class);
        Grid<JobRow> grid = grid();
        int row = 0;
        while (!test(grid).getRow(row).name().equals("event-retry")) {
            row++;
        }
        assertThat(test(grid).getCellText(row, 0)).isEqualTo("Retry of undelivered events");
        assertThat(test(grid).getCellText(row, 1)).isEqualTo("0 * * * * ?");
        assertThat(test(grid).getCellText(row, 2)).matches("\\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2}");
    }
}
