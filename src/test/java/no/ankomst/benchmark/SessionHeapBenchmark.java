package no.ankomst.benchmark;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import no.ankomst.Application;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Live heap per signed-in session on the residents view, measured the way Vaadin suggests: the used
 * heap after a full GC with no sessions, then with N sessions open, divided by N. Each session is its
 * own headless Chromium (Debian's chromium + chromium-driver), signed in as centre staff with the
 * residents grid showing rows; the browsers stay open while the heap is measured, so every UI is alive.
 * Arguments: sessions, output file (appended), optionally a database folder to reuse (see
 * ResidentsBenchmark); without one the demo data (400 residents) are used.
 */
public final class SessionHeapBenchmark {

    private static final int WARM_UP_SESSIONS = 2;

    private SessionHeapBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int sessions = Integer.parseInt(args[0]);
        Path output = Path.of(args[1]);
        boolean keep = args.length > 2 && !args[2].isBlank();
        Path data = keep ? Path.of(args[2]) : Files.createTempDirectory("ankomst-session-heap-db");
        SpringApplication app = new SpringApplication(Application.class);
        app.setAdditionalProfiles("demo");
        List<String> lines = new ArrayList<>();
        List<WebDriver> browsers = new ArrayList<>();
        try (ConfigurableApplicationContext context = app.run("--ankomst.embedded-db.data-directory=" + data,
                "--server.port=0", "--logging.level.root=warn")) {
            String url = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            for (int i = 0; i < WARM_UP_SESSIONS; i++) {
                browsers.add(openResidents(url));
            }
            long before = usedHeapAfterFullGc();
            for (int i = 0; i < sessions; i++) {
                browsers.add(openResidents(url));
            }
            long after = usedHeapAfterFullGc();
            double perSession = (after - before) / (double) sessions / 1024 / 1024;
            lines.add("");
            lines.add(String.format("Live heap per signed-in session on the residents view (%d sessions, goal ≤ 1 MB): "
                            + "%.2f MB (used heap after full GC %d → %d MB).", sessions, perSession,
                    before / 1024 / 1024, after / 1024 / 1024));
        } finally {
            browsers.forEach(WebDriver::quit);
            if (!keep) {
                FileSystemUtils.deleteRecursively(data);
            }
        }
        lines.forEach(System.out::println);
        Files.createDirectories(output.getParent());
        Files.write(output, lines, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    /** A new browser (so a new session) signed in as centre staff, showing the residents grid with rows. */
    private static WebDriver openResidents(String url) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + Files.createTempDirectory("ankomst-chrome"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        browser.get(url + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]"))).sendKeys("staff");
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys("ankomst-demo-2026", Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name")));
        // through the side navigation, as a user does: a page reload would leave a second UI in the session
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-side-nav-item[path$='residents']")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#residents-grid vaadin-grid-cell-content")));
        wait.until(driver -> !driver.findElements(By.cssSelector("#residents-grid vaadin-grid-cell-content")).stream()
                .filter(cell -> !cell.getText().isBlank()).toList().isEmpty());
        return browser;
    }

    private static long usedHeapAfterFullGc() {
        long used = Long.MAX_VALUE;
        // several rounds: a single System.gc() may leave objects that finalise or are softly reachable
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
