package vn.giamsat.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

/**
 * Finding people: typing without diacritics, opening a record, reading the list on a
 * phone.
 */
@IntegrationTest
class PeopleStoriesTest extends BrowserSupport {

	@Test
	void officerFindsNguyenVanAnTypingWithoutDiacritics() {
		signIn(Personas.FRONT_LONG_BIEN);
		open("/people");
		assertAccessible("people");
		screenshot("people-desktop");
		String firstBefore = find("#people-rows tbody tr a").getText();

		find("#people-q").sendKeys("nguyen van an");
		waiting().until(d -> decodedUrl().contains("q=nguyen van an")
				&& !find("#people-rows tbody tr a").getText().equals(firstBefore));

		List<String> names = findAll("#people-rows tbody tr td:first-child a").stream()
			.map(WebElement::getText)
			.toList();
		assertThat(names).contains("Nguyễn Văn An").allMatch(n -> n.startsWith("Nguyễn Văn An"));
		assertAccessible("people search results");

		findAll("#people-rows tbody tr td:first-child a").stream()
			.filter(a -> a.getText().equals("Nguyễn Văn An"))
			.findFirst()
			.orElseThrow()
			.click();
		waiting().until(d -> path().matches("/people/\\d+"));
		assertThat(find("main h1").getText()).isEqualTo("Nguyễn Văn An");
		assertAccessible("person detail");
		screenshot("person-detail-desktop");
	}

	@Test
	void officerReadsThePeopleListOnAPhone() {
		signIn(Personas.FRONT_LONG_BIEN);
		useViewport(MOBILE);
		open("/people");

		assertNoHorizontalOverflow();
		assertAccessible("people on a phone");
		screenshot("people-list-mobile");
		WebElement firstRow = find("#people-rows tbody tr");
		WebElement name = firstRow.findElement(By.cssSelector("td a"));
		long innerWidth = ((Number) browser.executeScript("return window.innerWidth;")).longValue();
		assertThat(name.isDisplayed()).isTrue();
		assertThat(name.getRect().getX() + name.getRect().getWidth()).as("name fits the screen")
			.isLessThanOrEqualTo((int) innerWidth);
		assertThat(firstRow.findElement(By.cssSelector("td")).getCssValue("display"))
			.as("each row reads as a card on a phone, not as table cells")
			.isNotEqualTo("table-cell");

		find("#people-q").sendKeys("nguyen van an");
		waitForText("#people-rows", "Nguyễn Văn An");
		assertNoHorizontalOverflow();
	}

}
