package no.ankomst.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Long work of a view off the UI thread: {@code work} runs on a virtual thread as the user who opened the view
 * (their security context goes along, so services check their scope and audit them), reports to the view's
 * {@link ProgressBar}, and comes back under the UI lock with its result ({@code done}) or its failure, which is
 * thrown there to the session's error handler ({@link GlobalErrorHandler}: one notification, logged once). The
 * page polls while work runs. Leaving the view cancels the work (the thread is interrupted); starting new
 * work cancels what still runs.
 *
 * <p>Create one in the view's constructor, where the user's security context is at hand; see
 * {@code RegistrationImportView}.
 */
public final class BackgroundWork {

    /** What the work tells the view about how far it is. */
    @FunctionalInterface
    public interface Progress {
        /** @param fraction 0 to 1 */
        void report(double fraction);
    }

    private static final Logger log = LoggerFactory.getLogger(BackgroundWork.class);
    private static final int POLL_MILLIS = 400;
    private static final ExecutorService VIRTUAL_THREADS = Executors.newVirtualThreadPerTaskExecutor();

    private final Component host;
    private final ProgressBar progressBar;
    private final SecurityContext actor;
    private Runnable onFinish = () -> { };
    private @Nullable Future<?> running;
    private AtomicBoolean cancelled = new AtomicBoolean();

    /** @param host the view (or part of it) whose detaching cancels the work */
    public BackgroundWork(Component host, ProgressBar progressBar) {
        this.host = host;
        this.progressBar = progressBar;
        this.actor = copyOfCurrentContext();
        host.addDetachListener(event -> cancel());
    }

    /** Runs under the UI lock when work ends, well or not, before {@code done} or the failure. */
    public BackgroundWork onFinish(Runnable onFinish) {
        this.onFinish = onFinish;
        return this;
    }

    /**
     * Starts {@code work}; call from the UI thread (with the session locked).
     *
     * @return the running work, to wait for or cancel; it ends once the result is handed to the UI
     */
    public <T> Future<?> start(Function<Progress, T> work, Consumer<T> done) {
        UI ui = host.getUI().orElseThrow(() -> new IllegalStateException("background work needs an attached view"));
        cancel();
        AtomicBoolean stopped = new AtomicBoolean();
        progressBar.setValue(progressBar.getMin());
        ui.setPollInterval(POLL_MILLIS);
        Progress progress = fraction -> {
            if (!stopped.get()) {
                ui.access(() -> progressBar.setValue(clamp(fraction)));
            }
        };
        Runnable task = () -> {
            T result;
            try {
                result = work.apply(progress);
            } catch (RuntimeException failed) {
                if (stopped.get()) {
                    log.info("Cancelled background work ended with {}", failed.toString());
                    return;
                }
                backInTheUi(ui, stopped, () -> {
                    throw failed;
                });
                return;
            }
            backInTheUi(ui, stopped, () -> done.accept(result));
        };
        Future<?> future = VIRTUAL_THREADS.submit(new DelegatingSecurityContextRunnable(task, actor));
        running = future;
        cancelled = stopped;
        return future;
    }

    /** Stops running work; its result or failure will not reach the view. */
    public void cancel() {
        Future<?> current = running;
        running = null;
        cancelled.set(true);
        if (current != null && !current.isDone()) {
            current.cancel(true);
            host.getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    private void backInTheUi(UI ui, AtomicBoolean stopped, Runnable then) {
        if (stopped.get()) {
            return; // cancelled: the view is gone or has started other work
        }
        try {
            ui.access(() -> {
                if (stopped.get()) {
                    return;
                }
                ui.setPollInterval(-1);
                onFinish.run();
                then.run();
            });
        } catch (UIDetachedException gone) {
            log.info("Background work ended after its view was closed");
        }
    }

    private double clamp(double fraction) {
        return Math.max(progressBar.getMin(), Math.min(progressBar.getMax(), fraction));
    }

    private static SecurityContext copyOfCurrentContext() {
        SecurityContext copy = SecurityContextHolder.createEmptyContext();
        copy.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        return copy;
    }
}
