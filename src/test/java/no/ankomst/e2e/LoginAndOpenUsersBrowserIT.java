package no.ankomst.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import no.ankomst.TestDatabaseConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * End to end in a real headless Chromium (Debian's chromium + chromium-driver, which .ci/run
 * installs): sign in through the login page and open a view. Later features add their journeys here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("demo")
class LoginAndOpenUsersBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort
    int port;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startChromium() throws Exception {
        assertThat(Files.isExecutable(CHROMEDRIVER))
                .as("Debian's chromium-driver is needed: apt-get install -y chromium chromium-driver (.ci/run does)")
                .isTrue();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + Files.createTempDirectory("ankomst-chrome"));
        // the console, to see whether the Content-Security-Policy blocked anything
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void signIn(String username, String password) {
        browser.get("http://localhost:" + port + "/");
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")));
        user.sendKeys(username);
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys(password, Keys.ENTER);
    }

    @Test
    void an_administrator_signs_in_sees_who_they_are_and_opens_the_user_list() {
        signIn("admin", "ankomst-demo-2026");

        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name")));
        assertThat(name.getText()).isEqualTo("Ada Administrator");

        browser.get("http://localhost:" + port + "/admin/users");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("users-grid")));
        wait.until(driver -> driver.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> cell.getText().equals("coordinator")));
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
                .extracting(LogEntry::getMessage)
                .noneMatch(message -> message.contains("Content Security Policy"));
    }

    @Test
    void a_wrong_password_keeps_the_user_on_the_login_page_with_a_message() {
        signIn("admin", "not-the-password");

        wait.until(ExpectedConditions.urlContains("/login?error"));
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
        assertThat(form.getAttribute("error")).isNotNull();
        assertThat(browser.findElements(By.id("user-name"))).isEmpty();
    }
}
