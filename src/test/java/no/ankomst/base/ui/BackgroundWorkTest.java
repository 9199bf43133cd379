package no.ankomst.base.ui;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import no.ankomst.AnkomstTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The work runs on its own thread while the test holds the UI lock, as a request would; what the work hands
 * back to the UI waits in the session's queue until the test runs it ({@link #runTheUiQueue()}), as the next
 * request would. Latches, not sleeps, order the steps.
 */
@AnkomstTest
@WithUserDetails("staff")
class BackgroundWorkTest extends SpringBrowserlessTest {

    private final Div view = new Div();
    private final ProgressBar bar = new ProgressBar(0, 1);

    @BeforeEach
    void showTheView() {
        view.add(bar);
        UI.getCurrent().add(view);
    }

    @Test
    void progress_and_the_result_reach_the_view_and_the_work_runs_as_the_user_who_opened_it() throws Exception {
        BackgroundWork work = new BackgroundWork(view, bar);
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        AtomicReference<String> result = new AtomicReference<>();

        Future<?> running = work.start(progress -> {
            progress.report(0.5);
            halfway.countDown();
            awaitOrFail(goOn);
            return SecurityContextHolder.getContext().getAuthentication().getName();
        }, result::set);
        assertThat(halfway.await(10, SECONDS)).isTrue();
        runTheUiQueue();

        assertThat(bar.getValue()).isEqualTo(0.5);
        assertThat(UI.getCurrent().getPollInterval()).as("the page polls while work runs").isPositive();

        goOn.countDown();
        running.get(10, SECONDS);
        runTheUiQueue();

        assertThat(result.get()).isEqualTo("staff");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void a_failure_reaches_the_user_through_the_global_error_handler_and_finishes_the_view() throws Exception {
        AtomicBoolean finished = new AtomicBoolean();
        BackgroundWork work = new BackgroundWork(view, bar).onFinish(() -> finished.set(true));

        Future<?> running = work.start(progress -> {
            throw new AccessDeniedException("not at this site");
        }, ignored -> { });
        running.get(10, SECONDS);
        runTheUiQueue();

        assertThat(finished).isTrue();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo(I18n.t("error.accessDenied"));
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void leaving_the_view_cancels_the_work_and_nothing_comes_back() throws Exception {
        BackgroundWork work = new BackgroundWork(view, bar);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        AtomicBoolean done = new AtomicBoolean();

        Future<?> running = work.start(progress -> {
            started.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException stopped) {
                interrupted.countDown();
            }
            return "too late";
        }, ignored -> done.set(true));
        assertThat(started.await(10, SECONDS)).isTrue();
        UI.getCurrent().remove(view);

        assertThat(interrupted.await(10, SECONDS)).as("the work's thread is interrupted").isTrue();
        assertThat(running.isCancelled()).isTrue();
        runTheUiQueue();
        assertThat(done).isFalse();
    }

    /** What the next request does first: run the work's {@code ui.access} tasks, failures to the session's handler. */
    private static void runTheUiQueue() {
        MockVaadin.runUIQueue(true);
    }

    private static void awaitOrFail(CountDownLatch latch) {
        try {
            if (!latch.await(10, SECONDS)) {
                throw new IllegalStateException("the test never let the work go on");
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(stopped);
        }
    }
}
