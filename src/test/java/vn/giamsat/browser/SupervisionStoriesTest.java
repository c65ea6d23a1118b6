package vn.giamsat.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

/**
 * The Women's Union, focal unit of the demo cadre this year, records an observation and
 * writes an opinion about two cadres; the district Front Standing Committee releases it;
 * the cadre reads it without knowing who wrote it and answers; the statistics page then
 * counts one more record, one more opinion and two more people commented for the Women's
 * Union.
 */
@IntegrationTest
class SupervisionStoriesTest extends BrowserSupport {

	static final String OPINION = "Đề nghị trả lời đơn thư của Nhân dân đúng thời hạn (câu chuyện trình duyệt)";

	@Autowired
	JdbcClient jdbc;

	@Test
	void focalUnitRecordsAndWritesAnOpinionTheStandingCommitteeReleasesItAndTheCadreAnswers() {
		long cadre = jdbc.sql("select id from person where code = ?")
			.param(Personas.CADRE_PERSON_CODE)
			.query(Long.class)
			.single();
		long[] before = womensUnionFigures();

		signIn(Personas.WOMENS_UNION);
		open("/supervision/records/new");
		assertAccessible("record entry");
		new Select(find("#person")).selectByValue(String.valueOf(cadre));
		new Select(find("#method")).selectByValue("DIRECT_EXCHANGE");
		new Select(find("#finding")).selectByValue("NOTE");
		find("#note").sendKeys("Trao đổi trực tiếp tại buổi tiếp dân: còn để công dân chờ lâu");
		screenshot("supervision-record-form-desktop");
		find("#save-record").click();
		waitForText("main", "Đã ghi lượt giám sát.");
		assertThat(pageText()).contains("còn để công dân chờ lâu").contains("Nguyễn Văn An");
		assertAccessible("records list");
		screenshot("supervision-records-desktop");

		open("/supervision/opinions/new");
		List<WebElement> boxes = findAll("#people input[type=checkbox]");
		assertThat(boxes.size()).isGreaterThanOrEqualTo(2);
		find("#people input[value='" + cadre + "']").click();
		boxes.stream()
			.filter(b -> !b.getAttribute("value").equals(String.valueOf(cadre)))
			.findFirst()
			.orElseThrow()
			.click();
		new Select(find("#kind")).selectByValue("SUGGESTION");
		find("#text").sendKeys(OPINION);
		assertAccessible("opinion form");
		find("#save-opinion").click();
		waitForText("main", "Đã ghi ý kiến.");

		signIn(Personas.FRONT_LONG_BIEN);
		open("/supervision/opinions?released=false");
		WebElement row = rowWith(OPINION);
		assertThat(row.getText()).contains("Nguyễn Văn An").contains("Hội Liên hiệp Phụ nữ");
		assertAccessible("opinions awaiting release");
		screenshot("supervision-opinions-desktop");
		row.findElement(By.cssSelector("button.release")).click();
		waitForText("main", "Đã chuyển ý kiến tới người được góp ý");

		signIn(Personas.CADRE);
		assertThat(pageText()).contains("ý kiến góp ý chờ đồng chí trả lời");
		open("/supervision/my-opinions");
		WebElement card = browser.findElements(By.cssSelector("section.opinion"))
			.stream()
			.filter(s -> s.getText().contains(OPINION))
			.findFirst()
			.orElseThrow();
		assertThat(pageText()).doesNotContain("Hội Liên hiệp Phụ nữ").doesNotContain("Lê Thị Mai");
		card.findElement(By.cssSelector("input[value=ACCEPTED]")).click();
		card.findElement(By.cssSelector("textarea")).sendKeys("Từ tuần sau trả lời đơn thư trong 10 ngày làm việc");
		card.findElement(By.cssSelector("button[type=submit]")).click();
		waitForText("main", "Đã gửi trả lời.");
		assertThat(pageText()).contains("Từ tuần sau trả lời đơn thư trong 10 ngày làm việc");
		assertAccessible("my opinions");
		screenshot("supervision-my-opinions-desktop");
		useViewport(MOBILE);
		open("/supervision/my-opinions");
		assertNoHorizontalOverflow();
		screenshot("supervision-my-opinions-mobile");

		useViewport(DESKTOP);
		long[] after = womensUnionFigures();
		assertThat(after[0]).as("records").isEqualTo(before[0] + 1);
		assertThat(after[1]).as("opinions").isEqualTo(before[1] + 1);
		assertThat(after[2]).as("people commented").isEqualTo(before[2] + 2);
		screenshot("supervision-stats-after-story-desktop");
	}

	/**
	 * Records, opinions and people commented of the district Women's Union over the last
	 * year, as the district Front reads them on the statistics page.
	 */
	private long[] womensUnionFigures() {
		signIn(Personas.FRONT_LONG_BIEN);
		open("/stats?preset=1y&unit=HN-LB");
		long[] figures = new long[3];
		String[] kinds = { "records", "opinions", "pairs" };
		for (int i = 0; i < kinds.length; i++) {
			String text = find("a[href*='kind=" + kinds[i] + "'][href*='level=QUAN_HUYEN'][href*='type=PHU_NU']")
				.getText();
			figures[i] = Long.parseLong(text.replaceAll("[^0-9]", ""));
		}
		return figures;
	}

	@Test
	void theDelegationAndRecommendationPagesAreAccessibleOnAPhone() {
		useViewport(MOBILE);
		signIn(Personas.FRONT_LONG_BIEN);
		for (String page : List.of("/supervision", "/supervision/records/new?quick=true", "/supervision/opinions",
				"/supervision/delegations", "/supervision/delegations/new", "/supervision/recommendations",
				"/supervision/recommendations/new")) {
			open(page);
			assertAccessible(page);
			assertNoHorizontalOverflow();
		}
		open("/supervision/delegations");
		screenshot("supervision-delegations-mobile");
		find("main section.card h2 a").click();
		waitForText("main", "Các mốc thời hạn");
		assertAccessible("delegation");
		assertThat(pageText()).contains("Gửi thông báo, đề nghị báo cáo").contains("Quyết định thành lập đoàn");
		screenshot("supervision-delegation-mobile");
		open("/supervision/recommendations");
		screenshot("supervision-recommendations-mobile");
	}

	private WebElement rowWith(String text) {
		return browser.findElements(By.cssSelector("#opinions tbody tr"))
			.stream()
			.filter(r -> r.getText().contains(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row with " + text + " in\n" + pageText()));
	}

}
