package io.tradehub.test;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.fail;

/**
 * Base of the tests that walk the portal in a real headless browser: the system's
 * Chromium driven through its ChromeDriver (Debian's {@code chromium} and
 * {@code chromium-driver}), one browser per test class, each test starting signed out.
 * Selenium is pointed at both programs, so it never looks for or downloads a browser.
 * Without them the tests are skipped with a note, except in CI (the {@code CI} variable
 * set), where a missing browser fails the build.
 */
public abstract class BrowserTest extends HubIntegrationTest {

	private static final Path BROWSER = Path.of(System.getenv().getOrDefault("TRADEHUB_CHROMIUM", "/usr/bin/chromium"));

	private static final Path DRIVER = Path
		.of(System.getenv().getOrDefault("TRADEHUB_CHROMEDRIVER", "/usr/bin/chromedriver"));

	private static final Duration IMPLICIT_WAIT = Duration.ofSeconds(2);

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	protected static WebDriver browser;

	@BeforeAll
	static void startBrowser() {
		if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
			String missing = "No headless browser: " + BROWSER + " and " + DRIVER
					+ " are needed; install Debian's chromium and chromium-driver (see the README).";
			if (System.getenv("CI") != null) {
				fail(missing);
			}
			LoggerFactory.getLogger(BrowserTest.class).warn("Skipping the browser tests. {}", missing);
			Assumptions.abort(missing);
		}
		// With the driver and the browser named, Selenium never asks Selenium Manager
		// for either; the build also sets SE_OFFLINE, so it could not download if it did.
		System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER.toString());
		ChromeOptions options = new ChromeOptions().setBinary(BROWSER.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
					"--window-size=1280,900", "--lang=en",
					// the tests reach only the hub on loopback: no update checks, sync or
					// first-run calls to outside hosts, which a closed network refuses
					"--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
	}

	@BeforeEach
	void signedOut() {
		open("/login");
		browser.manage().deleteAllCookies();
	}

	/** Opens a page of the hub under test. */
	protected void open(String path) {
		browser.get("http://127.0.0.1:" + this.port + path);
	}

	/** Fills in and sends the login page's form. */
	protected void signIn(String email, String password) {
		open("/login");
		browser.findElement(By.id("username")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(password);
		WebElement send = browser.findElement(By.id("sign-in"));
		send.click();
		awaitReplaced(send);
	}

	/**
	 * Clicks what submits a form or follows a link, and waits until the next page
	 * replaced it: a click returns before the answer arrives.
	 */
	protected void clickAndWait(String cssSelector) {
		WebElement element = find(cssSelector);
		element.click();
		awaitReplaced(element);
	}

	/**
	 * Waits until the next page replaced the element: a click returns before the answer
	 * arrives. Asked while the old page unloads, Chromium may answer that the node "does
	 * not belong to the document" instead of calling it stale: ask again.
	 */
	private static void awaitReplaced(WebElement element) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
			.until(ExpectedConditions.stalenessOf(element));
	}

	protected WebElement find(String cssSelector) {
		return browser.findElement(By.cssSelector(cssSelector));
	}

	/**
	 * The elements of the loaded page, without waiting for any to appear: asking for what
	 * must be absent would otherwise wait out the implicit wait every time.
	 */
	protected List<WebElement> present(String cssSelector) {
		browser.manage().timeouts().implicitlyWait(Duration.ZERO);
		try {
			return browser.findElements(By.cssSelector(cssSelector));
		}
		finally {
			browser.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
		}
	}

	protected String path() {
		return java.net.URI.create(browser.getCurrentUrl()).getPath();
	}

	/** The value of the browser's cookie of that name, or null. */
	protected String cookie(String name) {
		Cookie cookie = browser.manage().getCookieNamed(name);
		return (cookie != null) ? cookie.getValue() : null;
	}

	/**
	 * Saves what the browser shows to {@code target/screenshots/<name>.png}.
	 */
	protected Path screenshot(String name) {
		File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
		try {
			Files.createDirectories(SCREENSHOTS);
			return Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
