package org.casework.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven by its chromedriver: keyboard input, an axe-core check of each
 * page and a screenshot of it under {@code target/screenshots/}. Without chromium the tests are skipped
 * with a message, except in CI, where a missing browser is a failure.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("casework.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("casework.chromedriver", "/usr/bin/chromedriver"));

    final WebDriver driver;
    private final Path screenshots;
    private final String axe;

    private Browser(Path screenshots) throws Exception {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1400",
                        "--lang=en-GB", "--disable-gpu");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.screenshots = Files.createDirectories(screenshots);
        this.axe = AxeCore.script();
    }

    /** A browser, or the test skipped with the reason when this machine has none (never in CI). */
    static Browser open(Path screenshots) throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("CI must run the browser tests: " + CHROMIUM + " and " + CHROMEDRIVER + " are missing (.ci/run installs them)");
        }
        Assumptions.assumeTrue(present, "Browser tests skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
                + " on this machine. Install them with: apt-get install chromium chromium-driver");
        return new Browser(screenshots);
    }

    void go(String url) {
        driver.get(url);
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** What the page says went wrong (error summary, banner), for a failing assertion's message. */
    String problems() {
        return all(".govuk-error-summary, .govuk-notification-banner, .govuk-inset-text").stream().map(WebElement::getText)
                .reduce("", (a, t) -> a + " | " + t);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void waitFor(String css) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("no " + css + " on " + driver.getCurrentUrl() + " (body class \"" + find("body").getAttribute("class")
                    + "\"): " + problems() + " " + all("main").stream().map(WebElement::getText).findFirst().orElse(""));
        }
    }

    /**
     * Moves focus with the Tab key only until the element matching {@code css} has it, as a keyboard
     * user would; fails if it is never reached (it is not in the tab order, or comes before the focus).
     */
    void tabTo(String css) {
        for (int presses = 0; presses < 150; presses++) {
            if (focused(css)) {
                return;
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        fail(css + " cannot be reached with the Tab key on " + driver.getCurrentUrl());
    }

    /** Tabs to a field and types into it. */
    void type(String css, String text) {
        tabTo(css);
        new Actions(driver).sendKeys(text).perform();
    }

    /** Tabs to a field, selects what it holds and types over it. */
    void replace(String css, String text) {
        tabTo(css);
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(text).perform();
    }

    /**
     * Watches the live region of the form matching {@code formCss} and keeps, in the tab's session storage
     * (which outlives the page), what it announced and whether the form's button was disabled by then: the
     * page is gone once the form has been answered, so the record is read from the next one.
     */
    void recordBusy(String formCss) {
        ((JavascriptExecutor) driver).executeScript("const form = document.querySelector(arguments[0]);"
                + "const status = form.querySelector('[role=status]');"
                + "const button = form.querySelector('button[type=submit]');"
                + "sessionStorage.removeItem('casework-busy');"
                + "new MutationObserver(() => sessionStorage.setItem('casework-busy', status.textContent + '|disabled:' "
                + "+ button.disabled)).observe(status, { childList: true, characterData: true, subtree: true });", formCss);
    }

    /** What {@link #recordBusy} saw, or null if the form never announced anything. */
    String busyRecord() {
        return (String) ((JavascriptExecutor) driver).executeScript("return sessionStorage.getItem('casework-busy')");
    }

    /** Tabs to a control and presses keys on it (Space to choose, arrows to move in a group, Enter to follow or submit). */
    void press(String css, CharSequence... keys) {
        tabTo(css);
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Starts the next keyboard journey from the top of the page, as after loading it. */
    void focusTop() {
        ((JavascriptExecutor) driver).executeScript("document.activeElement && document.activeElement.blur();"
                + "window.getSelection().removeAllRanges(); document.body.focus();");
    }

    private boolean focused(String css) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return !!document.activeElement && document.activeElement.matches(arguments[0])", css));
    }

    /** Runs axe-core (WCAG 2.0–2.2 A and AA rules) on the page and fails listing every violation. */
    @SuppressWarnings("unchecked")
    void assertAccessible(String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })"
                + ".then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
        List<String> violations = (List<String>) result;
        assertEquals(List.of(), violations, "axe-core found accessibility violations on " + page);
    }

    /** A full-page screenshot under target/screenshots/ for people to review. */
    void screenshot(String name) throws Exception {
        if (driver instanceof ChromeDriver chrome) {
            Map<String, Object> metrics = chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            long height = Math.round(((Number) size.get("height")).doubleValue());
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1280, "height",
                    Math.min(height, 8000), "deviceScaleFactor", 1, "mobile", false));
            Files.write(screenshots.resolve(name + ".png"), chrome.getScreenshotAs(OutputType.BYTES));
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        } else {
            Files.write(screenshots.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
