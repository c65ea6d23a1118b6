package vn.giamsat.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

/**
 * Browsing the administrative units: the lazy tree and the search that ignores
 * diacritics.
 */
@IntegrationTest
class UnitTreeStoriesTest extends BrowserSupport {

	@Test
	void officerExpandsTheUnitTreeDownToResidentialGroups() {
		signIn(Personas.FRONT_LONG_BIEN);
		open("/units");
		assertAccessible("units");
		screenshot("units-desktop");

		WebElement district = node(find(".tree"), "Quận Long Biên");
		assertThat(findAll(".tree a")).extracting(WebElement::getText).doesNotContain("Phường Đức Giang");
		district.findElement(By.cssSelector(":scope > details > summary")).click();
		WebElement ward = waiting().until(d -> node(district, "Phường Đức Giang"));

		ward.findElement(By.cssSelector(":scope > details > summary")).click();
		waiting().until(ExpectedConditions.textToBePresentInElement(ward, "Tổ dân phố số 1, phường Đức Giang"));
		assertThat(ward.findElements(By.cssSelector(":scope > details > .sub > .tree > li > a")))
			.extracting(WebElement::getText)
			.as("residential groups of Đức Giang, loaded on demand")
			.startsWith("Tổ dân phố số 1, phường Đức Giang", "Tổ dân phố số 2, phường Đức Giang",
					"Tổ dân phố số 3, phường Đức Giang")
			.allMatch(name -> name.endsWith("phường Đức Giang"));
		assertAccessible("units with two levels open");
		screenshot("units-tree-open-desktop");

		node(ward, "Tổ dân phố số 1, phường Đức Giang").findElement(By.cssSelector(":scope > a")).click();
		waiting().until(d -> path().matches("/units/\\d+"));
		assertThat(find("main h1").getText()).isEqualTo("Tổ dân phố số 1, phường Đức Giang");
		assertThat(pageText()).contains("HN-LB-DG-T01");
		assertAccessible("unit detail");
		screenshot("unit-detail-desktop");
	}

	@Test
	void officerSearchesUnitsWithoutDiacritics() {
		signIn(Personas.FRONT_LONG_BIEN);
		open("/units");
		find("#unit-q").sendKeys("duc giang");

		waitForText("#unit-results", "Phường Đức Giang");
		assertThat(findAll("#unit-results tbody tr")).isNotEmpty().allMatch(row -> row.getText().contains("Đức Giang"));
		assertThat(decodedUrl()).as("the search is bookmarkable").contains("q=duc giang");
		assertAccessible("units search results");
	}

	/**
	 * The tree item (li) under {@code root} whose own link reads {@code name}, or null.
	 */
	private static WebElement node(WebElement root, String name) {
		return root.findElements(By.cssSelector("li"))
			.stream()
			.filter(li -> li.findElements(By.cssSelector(":scope > a"))
				.stream()
				.anyMatch(a -> a.getText().equals(name)))
			.findFirst()
			.orElse(null);
	}

}
