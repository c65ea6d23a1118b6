package vn.giamsat.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.giamsat.support.Personas;

/**
 * One headless Chromium per test class, driven against the application on its random
 * port. Subclasses carry {@code @IntegrationTest} themselves, so every class shares one
 * Spring context. Helpers: sign in as a persona, check the page with axe (serious and
 * critical violations fail), take screenshots into {@code target/screenshots/}, switch
 * between desktop and phone widths.
 */
abstract class BrowserSupport {

	static final Dimension DESKTOP = new Dimension(1280, 900);

	static final Dimension MOBILE = new Dimension(360, 800);

	private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static ChromeDriver browser;

	private static Path profile;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		profile = Files.createTempDirectory("giamsat-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
				"--no-first-run", "--disable-extensions", "--user-data-dir=" + profile.toAbsolutePath(),
				"--lang=vi-VN");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		useViewport(DESKTOP);
	}

	@AfterAll
	static void quitBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
		if (profile != null) {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	@BeforeEach
	void startEachStoryOnADesktopWithoutSession() {
		useViewport(DESKTOP);
		browser.manage().deleteAllCookies();
	}

	/**
	 * Sizes the viewport (not the outer window) exactly, so 360 means 360 CSS pixels of
	 * page.
	 */
	static void useViewport(Dimension size) {
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", size.width, "height",
				size.height, "deviceScaleFactor", 1, "mobile", size.width < 600));
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void open(String path) {
		browser.get(url(path));
	}

	/** Waits up to 10 s, retrying while htmx swaps the element being looked at. */
	WebDriverWait waiting() {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		return wait;
	}

	/** The current address with its query decoded, as the officer would read it. */
	String decodedUrl() {
		return java.net.URLDecoder.decode(browser.getCurrentUrl(), java.nio.charset.StandardCharsets.UTF_8);
	}

	WebElement find(String css) {
		return browser.findElement(By.cssSelector(css));
	}

	List<WebElement> findAll(String css) {
		return browser.findElements(By.cssSelector(css));
	}

	String path() {
		return java.net.URI.create(browser.getCurrentUrl()).getPath();
	}

	String pageText() {
		return find("body").getText();
	}

	/**
	 * Signs in through the login form as a fresh session and waits for the home page.
	 * Seen a few times on the very first sign-in after the application started: the form
	 * post answered 403 (lost CSRF session). That is reported loudly and retried once so
	 * the stories after it still run; the sign-in story itself does not retry.
	 */
	void signIn(String username) {
		for (int attempt = 1;; attempt++) {
			// leave the previous page first: a pending htmx request must not start a new
			// session between clearing the cookies and signing in
			browser.get("about:blank");
			browser.manage().deleteAllCookies();
			open("/login");
			submitLogin(username, Personas.passwordOf(username));
			try {
				// the first sign-in of a cold application hashes with a cold JIT: allow
				// it more time
				waiting().withTimeout(Duration.ofSeconds(20)).until(d -> "/".equals(path()) || isForbiddenPage());
			}
			catch (org.openqa.selenium.TimeoutException ex) {
				throw new AssertionError("Sign-in as " + username + " did not reach the home page but "
						+ browser.getCurrentUrl() + ":\n" + pageText(), ex);
			}
			if ("/".equals(path())) {
				return;
			}
			System.err.println("WARNING: sign-in as " + username + " answered 403 on attempt " + attempt);
			if (attempt == 2) {
				throw new AssertionError("Sign-in as " + username + " answered 403 twice:\n" + pageText());
			}
		}
	}

	private boolean isForbiddenPage() {
		return findAll("main h1").stream().anyMatch(h -> h.getText().equals("Không có quyền truy cập"));
	}

	void submitLogin(String username, String password) {
		find("#username").clear();
		find("#username").sendKeys(username);
		find("#password").sendKeys(password);
		find("form[action='/login'] button[type=submit]").click();
	}

	/**
	 * Fails on any axe violation of impact serious or critical, listing rule, help and
	 * elements.
	 */
	void assertAccessible(String page) {
		String problems = accessibilityProblems(page);
		if (!problems.isEmpty()) {
			fail(problems);
		}
	}

	/**
	 * The serious and critical axe violations of the current page, readable; empty when
	 * none.
	 */
	String accessibilityProblems(String page) {
		Results results = axe().analyze(browser);
		List<Rule> blocking = results.getViolations()
			.stream()
			.filter(r -> r.getImpact() != null && FAILING_IMPACTS.contains(r.getImpact()))
			.toList();
		if (blocking.isEmpty()) {
			return "";
		}
		return "Accessibility violations on " + page + " (" + path() + "):\n"
				+ blocking.stream().map(BrowserSupport::describe).collect(Collectors.joining("\n"));
	}

	/**
	 * Details only for violations: collecting every pass made axe three times slower on
	 * long lists.
	 */
	private static AxeBuilder axe() {
		AxeRunOptions options = new AxeRunOptions();
		options.setResultTypes(List.of("violations"));
		return new AxeBuilder().withOptions(options).disableIframeTesting();
	}

	private static String describe(Rule rule) {
		return "- [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + "\n"
				+ rule.getNodes()
					.stream()
					.limit(5)
					.map(n -> "    " + n.getTarget() + "  " + n.getHtml() + "\n      "
							+ String.valueOf(n.getFailureSummary()).replace("\n", "\n      "))
					.collect(Collectors.joining("\n"));
	}

	/**
	 * Saves the whole page (not only the viewport) as
	 * {@code target/screenshots/<name>.png}.
	 */
	void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Number height = (Number) ((JavascriptExecutor) browser)
				.executeScript("return Math.min(document.documentElement.scrollHeight, 2 * window.innerHeight);");
			Number width = (Number) ((JavascriptExecutor) browser)
				.executeScript("return document.documentElement.scrollWidth;");
			java.util.Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
					java.util.Map.of("format", "png", "captureBeyondViewport", true, "clip",
							java.util.Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
			Files.write(SCREENSHOTS.resolve(name + ".png"),
					java.util.Base64.getDecoder().decode((String) shot.get("data")));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot save screenshot " + name, ex);
		}
	}

	/**
	 * The page body never scrolls sideways: wide tables scroll inside their own box
	 * instead.
	 */
	void assertNoHorizontalOverflow() {
		Object[] widths = ((List<?>) ((JavascriptExecutor) browser)
			.executeScript("return [document.documentElement.scrollWidth, window.innerWidth];")).toArray();
		long scrollWidth = ((Number) widths[0]).longValue();
		long innerWidth = ((Number) widths[1]).longValue();
		assertThat(scrollWidth).as("page width at %d px viewport on %s", innerWidth, path())
			.isLessThanOrEqualTo(innerWidth);
	}

	void waitForText(String css, String text) {
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
	}

}
