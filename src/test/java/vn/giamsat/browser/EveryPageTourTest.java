package vn.giamsat.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

/**
 * Visits every page an administrator can reach, at desktop and phone widths: each must pass axe
 * (no serious or critical violation), keep the page body from scrolling sideways and show its
 * heading. Screenshots land in target/screenshots/ for the visual review.
 */
@IntegrationTest
class EveryPageTourTest extends BrowserSupport {

	@Test
	void everyPageIsAccessibleAndFitsADesktop() {
		tour(DESKTOP, "desktop");
	}

	@Test
	void everyPageIsAccessibleAndFitsAPhone() {
		tour(MOBILE, "mobile");
	}

	private void tour(Dimension size, String suffix) {
		List<String> problems = new ArrayList<>();
		useViewport(size);
		open("/login");
		check("login", suffix, problems);
		signIn(Personas.ADMIN);
		useViewport(size);
		check("home", suffix, problems);
		open("/units");
		check("units", suffix, problems);
		open(firstLink(".tree a[href^='/units/']"));
		check("unit-detail", suffix, problems);
		open("/organisations");
		check("organisations", suffix, problems);
		open(firstLink("main table a[href^='/organisations/']"));
		check("organisation-detail", suffix, problems);
		open("/people");
		check("people", suffix, problems);
		open(firstLink("main table a[href^='/people/']"));
		check("person-detail", suffix, problems);
		open("/people/new");
		check("person-form", suffix, problems);
		open("/imports");
		check("imports", suffix, problems);
		open("/admin/users");
		check("users", suffix, problems);
		open("/admin/users/new");
		check("user-form", suffix, problems);
		open("/admin/audit");
		check("audit", suffix, problems);
		open("/account/password");
		check("password", suffix, problems);
		open("/people/987654321");
		check("person-not-found", suffix, problems);
		open("/khong-co-trang-nay");
		check("not-found", suffix, problems);
		assertThat(problems).isEmpty();
	}

	private String firstLink(String css) {
		return java.net.URI.create(find(css).getAttribute("href")).getPath();
	}

	private void check(String page, String suffix, List<String> problems) {
		long t0 = System.nanoTime();
		screenshot(page + "-" + suffix);
		assertThat(findAll("main h1")).as("heading of %s", page).hasSize(1);
		String a11y = accessibilityProblems(page + " (" + suffix + ")");
		if (!a11y.isEmpty()) {
			problems.add(a11y);
		}
		Object[] widths = ((List<?>) browser
			.executeScript("return [document.documentElement.scrollWidth, window.innerWidth];")).toArray();
		if (((Number) widths[0]).longValue() > ((Number) widths[1]).longValue()) {
			problems.add(page + " (" + suffix + ") overflows sideways: " + widths[0] + " > " + widths[1]);
		}
		System.out.println("TIMING " + page + " " + (System.nanoTime() - t0) / 1_000_000 + " ms");
	}

}
