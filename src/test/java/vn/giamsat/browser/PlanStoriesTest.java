package vn.giamsat.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

/**
 * The district Front office drafts next year's plan for its 104 cadres, overrides one
 * pair and issues it.
 */
@IntegrationTest
class PlanStoriesTest extends BrowserSupport {

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void officerDraftsAPlanForTheDistrictCadresRunsThePlannerOverridesOnePairIssuesAndDownloadsThePdf()
			throws Exception {
		signIn(Personas.FRONT_LONG_BIEN);
		open("/plans/new");
		assertAccessible("new plan");
		find("#year").clear();
		find("#year").sendKeys("2020");
		find("form.card button[type=submit]").click();
		waiting().until(d -> path().matches("/plans/\\d+"));
		String planPath = path();

		for (String[] unit : List.of(new String[] { "LB-MTTQ", "2" }, new String[] { "LB-LDLD", "1" },
				new String[] { "LB-CCB", "1" }, new String[] { "LB-PN", "1,5" }, new String[] { "LB-DTN", "1" })) {
			find("#u-org").sendKeys(unit[0]);
			find("#u-cap").clear();
			find("#u-cap").sendKeys(unit[1]);
			find("#u-org").submit();
			waiting().until(d -> pageText().contains("Đã lưu."));
		}
		find("#s-unit").sendKeys("HN-LB");
		find("#s-direct").click();
		find("#s-unit").submit();
		waiting().until(d -> pageText().contains("Đã lưu."));
		long districtCadres = jdbc.sql("""
				select count(*) from person p join organisation o on o.id = p.workplace_id
				join admin_unit u on u.id = o.unit_id where u.code = 'HN-LB'""").query(Long.class).single();
		assertThat(districtCadres).as("the demo's 104, plus any added by other tests").isGreaterThanOrEqualTo(104);
		assertThat(pageText()).contains("Số đối tượng giám sát\n" + districtCadres);

		find("#run-planner").click();
		waitForText("#plan-result", "tối ưu đã chứng minh");
		assertThat(browser.findElements(By.cssSelector("tr[id^=subject-]"))).hasSize((int) districtCadres);
		assertAccessible("plan with assignments");
		screenshot("plan-assigned-desktop");

		WebElement row = browser.findElements(By.cssSelector("tr[id^=subject-]")).get(0);
		String rowId = row.getAttribute("id");
		row.findElement(By.cssSelector("details summary")).click();
		String current = row.findElement(By.cssSelector("td.unit")).getText();
		String subjectId = rowId.substring("subject-".length());
		String excludedText = row.findElement(By.cssSelector("ul.why")).getText();
		assertThat(excludedText).contains("năm 2019 (hoán đổi)");
		Select units = new Select(row.findElement(By.cssSelector("select[name=unit]")));
		String target = units.getOptions()
			.stream()
			.map(WebElement::getText)
			.filter(name -> !current.startsWith(name) && !excludedText.contains(name + ":"))
			.findFirst()
			.orElseThrow();
		units.selectByVisibleText(target);
		row.findElement(By.cssSelector("input[name=reason]")).sendKeys("Theo đề nghị tại hội nghị hiệp thương");
		row.findElement(By.cssSelector("form.pin-form button")).click();
		waiting().until(d -> pageText().contains("Đã lưu."));
		WebElement pinned = find("#subject-" + subjectId + " td.unit");
		assertThat(pinned.getText()).startsWith(target).contains("chỉ định");
		waitForText("#plan-result", "tối ưu đã chứng minh");

		find("details.card summary").click();
		find("#g-number").sendKeys("12/KH-MTTQ-BTT");
		find("#g-issued").sendKeys("15/01/2020");
		find("#g-number").submit();
		waiting().until(d -> pageText().contains("Đã lưu."));
		clickTransition("Gửi hiệp thương các tổ chức thành viên");
		waitForText("#plan-status", "Đang hiệp thương");
		clickTransition("Ban hành");
		waitForText("#plan-status", "Đã ban hành");
		assertAccessible("issued plan");
		screenshot("plan-issued-desktop");

		open(planPath + "/diff");
		assertThat(pageText()).contains("Đổi đơn vị").contains("Hoán đổi so với năm 2019");
		assertAccessible("plan diff");
		open(planPath + "/what-if?rotationWindow=0");
		assertAccessible("plan what-if");
		open("/criteria");
		assertAccessible("criteria");
		useViewport(MOBILE);
		try {
			open(planPath);
			assertAccessible("plan on a phone");
			assertNoHorizontalOverflow();
			screenshot("plan-mobile");
		}
		finally {
			useViewport(DESKTOP);
		}

		byte[] pdf = download(planPath + "/ke-hoach.pdf");
		try (var doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			assertThat(text).contains("Số: 12/KH-MTTQ-BTT").contains("ngày 15 tháng 01 năm 2020").contains(target);
		}
	}

	private void clickTransition(String label) {
		browser.findElements(By.cssSelector("form.inline-form button"))
			.stream()
			.filter(b -> b.getText().equals(label))
			.findFirst()
			.orElseThrow()
			.click();
	}

	private byte[] download(String path) throws Exception {
		Cookie session = browser.manage().getCookieNamed("SESSION");
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(path)))
				.header("Cookie", "SESSION=" + session.getValue())
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
