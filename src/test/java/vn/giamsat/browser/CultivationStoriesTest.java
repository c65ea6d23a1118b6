package vn.giamsat.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

/**
 * A cadre writes a generic plan, sees why it is generic, fixes it and submits; the
 * committee approves and publishes; the neighbours read it on the residential group's
 * public page; the Front records the notice-board posting with a photo.
 */
@IntegrationTest
class CultivationStoriesTest extends BrowserSupport {

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

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
		find("#open-plan").click();
		waitForText("#cultivation-status", "Đã duyệt");
		String planPage = path();
		assertAccessible("plan detail (cadre)");

		signIn(Personas.PARTY_COMMITTEE);
		open(planPage);
		assertAccessible("plan detail (committee)");
		find("#publish").click();
		waitForText("#cultivation-status", "Đã niêm yết");
		screenshot("plan-detail-published-desktop");

		browser.manage().deleteAllCookies();
		String group = jdbc
			.sql("select u.code from person p join admin_unit u on u.id = p.residence_unit_id " + "where p.code = ?")
			.param(Personas.CADRE_PERSON_CODE)
			.query(String.class)
			.single();
		useViewport(MOBILE);
		open("/portal/posting/units/" + group + "?year=2026");
		assertThat(pageText()).as("neighbours see the plan on the residential group's page")
			.contains("Nguyễn Văn An")
			.contains("Số hóa 100% hồ sơ một cửa của Phòng Nội vụ")
			.doesNotContain(Personas.CADRE_PERSON_CODE);
		assertAccessible("public posting page");
		assertNoHorizontalOverflow();
		screenshot("public-posting-mobile");
	}

	@Test
	void aFrontOfficerRecordsANoticeBoardPostingWithAPhoto() throws Exception {
		java.nio.file.Path photo = java.nio.file.Files.createTempFile("bang-tin", ".png");
		var image = new java.awt.image.BufferedImage(60, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
		javax.imageio.ImageIO.write(image, "png", photo.toFile());
		signIn(Personas.FRONT_LONG_BIEN);
		open("/cultivation/postings?year=2026");
		assertAccessible("postings");
		find("#placeCode").sendKeys("HN-LB-DG-T01");
		find("#postedOn").sendKeys("02/05/2026");
		find("#photo").sendKeys(photo.toString());
		find("#note").sendKeys("Bảng tin nhà văn hóa tổ 1");
		find("form[action='/cultivation/postings'] button[type=submit]").click();
		waitForText("main", "Đã ghi nhận lần niêm yết");
		assertThat(pageText()).contains("02/05/2026").contains("Xem ảnh");
		screenshot("postings-desktop");
	}

}
