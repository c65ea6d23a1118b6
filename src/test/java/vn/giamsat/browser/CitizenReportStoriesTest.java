package vn.giamsat.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import vn.giamsat.citizenreports.internal.Throttle;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a 360 px phone: a resident reports anonymously without an account, keeps the receipt
 * code; the ward Front officer screens, verifies and answers; the resident reads the
 * reply with the code.
 */
@IntegrationTest
class CitizenReportStoriesTest extends BrowserSupport {

	static final String FINDINGS = "Ban công tác Mặt trận tổ dân phố số 1 đã xác minh: tổ trưởng thu tiền vệ sinh "
			+ "tháng 10 và tháng 11 nhưng không lập biên lai cho 12 hộ gia đình.";

	static final String ACTIONS = "Tổ trưởng đã lập biên lai bổ sung, công khai sổ thu chi tại nhà văn hóa; Ủy ban "
			+ "MTTQ phường tiếp tục theo dõi việc thu chi trong quý tới.";

	@Autowired
	Throttle throttle;

	@BeforeEach
	void phone() {
		throttle.reset();
		useViewport(MOBILE);
	}

	@AfterAll
	static void desktop() {
		useViewport(DESKTOP);
	}

	@Test
	void residentReportsAnonymouslyOfficerScreensAndAnswersResidentReadsTheReplyWithTheCode() {
		browser.manage().deleteAllCookies();
		open("/portal?q=viet hung");
		assertAccessible("portal index");
		find("#wards a").click();
		waitForText("h1", "Việt Hưng");
		assertAccessible("ward home");
		assertNoHorizontalOverflow();
		screenshot("portal-ward-mobile");
		find("#report-link").click();
		waitForText("h1", "Gửi phản ánh");
		assertAccessible("report form");
		assertNoHorizontalOverflow();
		screenshot("portal-report-form-mobile");
		find("#c-PHAN_ANH").click();
		find("#subjectName").sendKeys("Tổ trưởng tổ dân phố số 1");
		find("#content").sendKeys("Tổ trưởng thu tiền vệ sinh hằng tháng nhưng không có biên lai.");
		find("#anon-yes").click();
		find("#send-report").click();
		waitForText("h1", "Đã nhận phản ánh");
		String code = find("#receipt-code").getText().replace(" ", "");
		assertThat(code).matches("\\d{16}");
		assertAccessible("receipt");
		screenshot("portal-receipt-mobile");

		signIn(Personas.FRONT_VIET_HUNG);
		open("/reports?status=RECEIVED");
		assertAccessible("report list");
		var row = browser.findElements(By.cssSelector("#reports tbody tr"))
			.stream()
			.filter(r -> r.getText().contains("Tổ trưởng tổ dân phố số 1"))
			.findFirst()
			.orElseThrow();
		row.findElement(By.cssSelector("a")).click();
		waitForText("#report-status", "Đã tiếp nhận");
		assertThat(find("#reporter").getText()).contains("Không ghi tên");
		assertAccessible("report page");
		screenshot("report-received-mobile");
		find("#screen-reason").sendKeys("Có nội dung cụ thể về thu chi, cần xác minh.");
		find("#do-screen").click();
		waitForText("#report-status", "Đã phân loại");
		find("#verify-reason").sendKeys("Giao Ban công tác Mặt trận tổ 1 kiểm tra sổ thu.");
		find("#do-verify").click();
		waitForText("#report-status", "Đang xác minh");
		find("#findings").sendKeys("Đã xử lý.");
		find("#actions").sendKeys("Xong.");
		find("#publish-answer").click();
		waitForText(".errors", "quá ngắn");
		find("#findings").clear();
		find("#findings").sendKeys(FINDINGS);
		find("#actions").clear();
		find("#actions").sendKeys(ACTIONS);
		find("#publish-answer").click();
		waitForText("#report-status", "Đã trả lời");
		assertAccessible("report answered");
		screenshot("report-answered-mobile");

		browser.manage().deleteAllCookies();
		open("/portal/follow");
		find("#code").sendKeys(code);
		find("#follow-submit").click();
		waitForText("#tracked-status", "Đã trả lời");
		assertThat(find("#public-reply").getText()).contains("không lập biên lai").contains("công khai sổ thu chi");
		assertThat(pageText()).as("internal notes never reach the reporter")
			.doesNotContain("Giao Ban công tác Mặt trận tổ 1");
		assertAccessible("tracked report");
		assertNoHorizontalOverflow();
		screenshot("portal-reply-mobile");
	}

}
