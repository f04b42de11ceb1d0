package com.wbiisg.mapping.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

import org.springframework.util.FileSystemUtils;

/**
 * A headless Chromium driven through chromedriver, for the browser tests. It uses the
 * Debian packages at {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} and
 * never Selenium Manager (the build has no network). Each browser gets a fresh profile
 * directory, deleted on {@link #close()}. Screenshots go to
 * {@code target/browser-screenshots/NAME.png}.
 *
 * <p>
 * Where Chromium or chromedriver is missing the test is skipped with a message, except
 * under {@code CI=true}, where it must run and fails instead.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private final String baseUrl;

	private final Path profile;

	private final ChromeDriverService service;

	private final ChromeDriver driver;

	private final WebDriverWait wait;

	private Browser(String baseUrl, Path profile, ChromeDriverService service, ChromeDriver driver) {
		this.baseUrl = baseUrl;
		this.profile = profile;
		this.service = service;
		this.driver = driver;
		this.wait = new WebDriverWait(driver, TIMEOUT);
		this.wait.ignoring(StaleElementReferenceException.class);
	}

	/**
	 * Skips the calling test where Chromium or chromedriver is not installed, unless
	 * {@code CI=true}: there a missing browser fails the test.
	 */
	static void assumeInstalled() {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if ("true".equals(System.getenv("CI"))) {
			if (!installed) {
				throw new IllegalStateException("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER
						+ " is missing: install the Debian packages chromium and chromium-driver.");
			}
			return;
		}
		Assumptions.assumeTrue(installed, () -> "Skipping the browser test: " + CHROMIUM + " or " + CHROMEDRIVER
				+ " is missing (install the Debian packages chromium and chromium-driver to run it).");
	}

	/**
	 * Starts a headless Chromium whose relative URLs resolve against the given base URL.
	 */
	static Browser start(String baseUrl) throws IOException {
		Path profile = Files.createTempDirectory("iisg-chromium-");
		Files.createDirectories(SCREENSHOTS);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.withLogFile(SCREENSHOTS.resolve("chromedriver.log").toFile())
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
				"--user-data-dir=" + profile, "--window-size=1280,1000",
				// Bootstrap scrolls smoothly otherwise, and clicks land before the scroll
				// ends
				"--force-prefers-reduced-motion");
		try {
			service.start();
			return new Browser(baseUrl, profile, service, new ChromeDriver(service, options));
		}
		catch (IOException | RuntimeException ex) {
			service.stop();
			FileSystemUtils.deleteRecursively(profile.toFile());
			throw ex;
		}
	}

	/**
	 * Opens a path of the application, such as {@code /frameworks}.
	 */
	void open(String path) {
		this.driver.get(this.baseUrl + path);
	}

	/**
	 * The path of the current page, without its query or fragment, such as
	 * {@code /frameworks/7}.
	 */
	String currentPath() {
		return URI.create(currentUrl()).getPath();
	}

	String currentUrl() {
		String url = this.driver.getCurrentUrl();
		return (url != null) ? url : "";
	}

	/**
	 * Downloads a path of the application in the browser's session (its session cookie,
	 * sent by an HTTP client, as headless Chromium keeps downloads to itself).
	 */
	HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
		Cookie session = this.driver.manage().getCookieNamed("JSESSIONID");
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path)).timeout(TIMEOUT);
		if (session != null) {
			request.header("Cookie", "JSESSIONID=" + session.getValue());
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * Waits until an element is visible and returns it.
	 */
	WebElement visible(By locator) {
		return this.wait.withMessage(() -> "visible " + locator + " on " + currentUrl())
			.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	/**
	 * Waits until an element can be clicked and returns it.
	 */
	WebElement clickable(By locator) {
		return this.wait.withMessage(() -> "clickable " + locator + " on " + currentUrl())
			.until(ExpectedConditions.elementToBeClickable(locator));
	}

	void click(By locator) {
		clickable(locator).click();
	}

	/**
	 * Clears a text field and types into it.
	 */
	void type(By locator, String text) {
		WebElement field = visible(locator);
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Chooses the option of a {@code <select>} that shows the given text.
	 */
	void choose(By locator, String optionText) {
		new Select(visible(locator)).selectByVisibleText(optionText);
	}

	/**
	 * Ticks the checkbox that the label with the given text names, inside the given
	 * element, by clicking the label as a user would.
	 */
	void tick(By scope, String label) {
		WebElement element = visible(scope);
		WebElement labelElement = element.findElement(By.xpath(".//label[normalize-space()='" + label + "']"));
		WebElement box = element.findElement(By.id(labelElement.getDomAttribute("for")));
		if (!box.isSelected()) {
			labelElement.click();
		}
		waitUntil("ticked " + label, (driver) -> box.isSelected() ? Boolean.TRUE : null);
	}

	/**
	 * Follows a link of the main navigation by its text, such as "Our needs".
	 */
	void followNav(String name) {
		click(By.xpath("//*[@id='main-nav']//a[contains(@class,'nav-link') and normalize-space()='" + name + "']"));
	}

	/**
	 * Waits until the text of an element contains the given text.
	 */
	void waitForText(By locator, String text) {
		waitUntil("\"" + text + "\" in " + locator, ExpectedConditions.textToBePresentInElementLocated(locator, text));
	}

	/**
	 * Signs in through the sign-in form, opening it first unless it is showing, and waits
	 * until the header names the user.
	 */
	void signIn(String username, String password) {
		if (!"/login".equals(currentPath())) {
			open("/login");
		}
		type(By.id("username"), username);
		type(By.id("password"), password);
		click(By.cssSelector("form[action$='/login'] button[type='submit']"));
		waitForText(By.cssSelector("header"), username);
	}

	/**
	 * Accepts the confirmation the page asks for ({@code data-confirm}).
	 */
	void acceptConfirmation() {
		this.wait.until(ExpectedConditions.alertIsPresent()).accept();
	}

	/**
	 * Signs out with the header's button and waits for the sign-in page.
	 */
	void signOut() {
		click(By.xpath("//header//button[normalize-space()='Sign out']"));
		waitUntil("signed out", ExpectedConditions.urlContains("signedOut"));
		visible(By.id("username"));
	}

	/**
	 * Sets the value of a field through JavaScript and fires its {@code input} and
	 * {@code change} events, for controls such as {@code <input type=date>} whose typed
	 * format depends on the browser's locale.
	 */
	void setValue(By locator, String value) {
		WebElement field = visible(locator);
		((JavascriptExecutor) this.driver).executeScript("""
				arguments[0].value = arguments[1];
				arguments[0].dispatchEvent(new Event('input', { bubbles: true }));
				arguments[0].dispatchEvent(new Event('change', { bubbles: true }));""", field, value);
	}

	/**
	 * Waits until a condition holds, with a message for the failure.
	 */
	<T> T waitUntil(String description, ExpectedCondition<T> condition) {
		return this.wait.withMessage(() -> description + " on " + currentUrl()).until(condition);
	}

	/**
	 * Chooses a file in an {@code <input type=file>}, as a user picking it would.
	 */
	void attach(By locator, Path file) {
		this.driver.findElement(locator).sendKeys(file.toAbsolutePath().toString());
	}

	/**
	 * The value of a cookie of the application, such as the session, for fetching a
	 * download the way the browser would.
	 */
	String cookie(String name) {
		return this.driver.manage().getCookieNamed(name).getValue();
	}

	String baseUrl() {
		return this.baseUrl;
	}

	/**
	 * Gives the browser a virtual authenticator (WebAuthn), such as a platform
	 * authenticator that holds passkeys, in place of a device.
	 */
	VirtualAuthenticator addVirtualAuthenticator(VirtualAuthenticatorOptions options) {
		return this.driver.addVirtualAuthenticator(options);
	}

	/**
	 * Runs an asynchronous script in the page, which calls its last argument with the
	 * result, and returns that result.
	 */
	@Nullable Object runAsync(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeAsyncScript(script, arguments);
	}

	List<WebElement> findAll(By locator) {
		return this.driver.findElements(locator);
	}

	/**
	 * The text content of an element, without the CSS text transforms that
	 * {@link WebElement#getText()} applies.
	 */
	static String textOf(WebElement element) {
		String text = element.getDomProperty("textContent");
		return (text != null) ? text.strip().replaceAll("\\s+", " ") : "";
	}

	/**
	 * Saves a screenshot of the whole page as
	 * {@code target/browser-screenshots/NAME.png}.
	 */
	Path screenshot(String name) throws IOException {
		Path file = SCREENSHOTS.resolve(name + ".png");
		Files.write(file, fullPage());
		return file;
	}

	/**
	 * Grows the window to the height of the page for the screenshot, then restores it.
	 */
	private byte[] fullPage() {
		Dimension window = this.driver.manage().window().getSize();
		Object height = ((JavascriptExecutor) this.driver).executeScript("""
				return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)
					+ window.outerHeight - window.innerHeight;""");
		if (!(height instanceof Number pageHeight) || pageHeight.intValue() <= window.getHeight()) {
			return this.driver.getScreenshotAs(OutputType.BYTES);
		}
		try {
			this.driver.manage().window().setSize(new Dimension(window.getWidth(), pageHeight.intValue()));
			return this.driver.getScreenshotAs(OutputType.BYTES);
		}
		finally {
			this.driver.manage().window().setSize(window);
		}
	}

	/**
	 * Quits Chromium and chromedriver and deletes the profile directory.
	 */
	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			this.service.stop();
			FileSystemUtils.deleteRecursively(this.profile.toFile());
		}
	}

}
