package vn.giamsat.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

/**
 * Visits the pages the stories do not, as an administrator on a desktop, and every page
 * on a phone: each must pass axe (no serious or critical violation), keep the page body
 * from scrolling sideways and show exactly one heading. Problems are collected so one run
 * lists them all. Screenshots land in target/screenshots/ for the visual review.
 */
@IntegrationTest
class EveryPageTourTest extends BrowserSupport {

	private final List<String> problems = new ArrayList<>();

	@Test
	void everyPageTheStoriesSkipIsAccessibleOnADesktop() {
		signIn(Personas.ADMIN);
		openOrganisations();
		check("organisations", "desktop");
		open(firstLink("main table a[href^='/organisations/']"));
		check("organisation-detail", "desktop");
		open("/people/new");
		check("person-form", "desktop");
		adminAndErrorPages("desktop");
		assertThat(problems).isEmpty();
	}

	@Test
	void everyPageIsAccessibleAndFitsAPhone() {
		useViewport(MOBILE);
		open("/login");
		check("login", "mobile");
		signIn(Personas.ADMIN);
		check("home", "mobile");
		open("/units");
		check("units", "mobile");
		open(firstLink(".tree a[href^='/units/']"));
		check("unit-detail", "mobile");
		openOrganisations();
		check("organisations", "mobile");
		open(firstLink("main table a[href^='/organisations/']"));
		check("organisation-detail", "mobile");
		open("/people");
		check("people", "mobile");
		open(firstLink("main table a[href^='/people/']"));
		check("person-detail", "mobile");
		open("/people/new");
		check("person-form", "mobile");
		open("/imports");
		check("imports", "mobile");
		adminAndErrorPages("mobile");
		assertThat(problems).isEmpty();
	}

	private void openOrganisations() {
		open("/organisations");
		assertThat(findAll("main table tbody tr")).as("organisations are listed").isNotEmpty();
	}

	private void adminAndErrorPages(String width) {
		open("/admin/users");
		check("users", width);
		open("/admin/users/new");
		check("user-form", width);
		open("/admin/audit");
		check("audit", width);
		open("/account/password");
		check("password", width);
		open("/people/987654321");
		check("person-not-found", width);
		assertThat(find("main h1").getText()).isEqualTo("Không tìm thấy");
		open("/khong-co-trang-nay");
		check("not-found", width);
		assertThat(find("main h1").getText()).isEqualTo("Không tìm thấy");
	}

	private String firstLink(String css) {
		return java.net.URI.create(find(css).getAttribute("href")).getPath();
	}

	private void check(String page, String width) {
		screenshot(page + "-" + width);
		if (findAll("main h1").size() != 1) {
			problems.add(page + " (" + width + ") has " + findAll("main h1").size() + " main headings");
		}
		String a11y = accessibilityProblems(page + " (" + width + ")");
		if (!a11y.isEmpty()) {
			problems.add(a11y);
		}
		Object[] widths = ((List<?>) browser
			.executeScript("return [document.documentElement.scrollWidth, window.innerWidth];")).toArray();
		if (((Number) widths[0]).longValue() > ((Number) widths[1]).longValue()) {
			problems.add(page + " (" + width + ") overflows sideways: " + widths[0] + " > " + widths[1]);
		}
	}

}
