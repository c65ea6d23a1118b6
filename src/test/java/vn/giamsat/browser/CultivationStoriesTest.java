package vn.giamsat.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

/**
 * A cadre writes a generic plan, sees why it is generic, fixes it and submits; the
 * committee approves.
 */
@IntegrationTest
class CultivationStoriesTest extends BrowserSupport {

	@Test
	void cadreWritesAGenericCommitmentSeesTheFlagFixesItSubmitsAndTheCommitteeApproves() {
		signIn(Personas.CADRE);
		open("/cultivation/my-plan?year=2026");
		assertAccessible("my plan");
		find("#task-0").sendKeys("Chấp hành tốt chủ trương, nâng cao nhận thức");
		find("#measure-0").sendKeys("Thực hiện nghiêm túc");
		browser.findElements(By.cssSelector("button[name=action][value=check]")).get(0).click();
		waitForText("#specificity", "còn chung chung");
		assertThat(find("#specificity").getText()).contains("Cam kết 1");
		screenshot("my-plan-generic-desktop");

		find("#weaknesses").sendKeys("Còn chậm ứng dụng công nghệ thông tin trong xử lý hồ sơ");
		find("#task-0").clear();
		find("#task-0").sendKeys("Số hóa 100% hồ sơ một cửa của Phòng Nội vụ");
		find("#measure-0").clear();
		find("#measure-0").sendKeys("Báo cáo kết quả số hóa gửi Văn phòng UBND quận");
		find("#deadline-0").sendKeys("30/09/2026");
		find("#submit-plan").click();
		waitForText("#cultivation-status", "Đã nộp, chờ duyệt");
		assertThat(pageText()).contains("Đã nộp kế hoạch");
		assertAccessible("my plan submitted");

		signIn(Personas.PARTY_COMMITTEE);
		open("/cultivation/approvals");
		assertAccessible("approval queue");
		screenshot("approvals-desktop");
		var section = browser.findElements(By.cssSelector("section.card"))
			.stream()
			.filter(s -> s.getText().contains("Nguyễn Văn An") && s.getText().contains("năm 2026"))
			.findFirst()
			.orElseThrow();
		assertThat(section.getText()).as("the approver reads the plan itself")
			.contains("Số hóa 100% hồ sơ một cửa của Phòng Nội vụ")
			.contains("30/09/2026")
			.contains("Còn chậm ứng dụng công nghệ thông tin");
		section.findElement(By.cssSelector("button[value=approve]")).click();
		waitForText("main", "Đã lưu.");

		signIn(Personas.CADRE);
		open("/cultivation/my-plan?year=2026");
		waitForText("#cultivation-status", "Đã duyệt");
	}

}
