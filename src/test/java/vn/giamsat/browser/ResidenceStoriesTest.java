package vn.giamsat.browser;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.giamsat.identity.AccountDraft;
import vn.giamsat.identity.AccountManagement;
import vn.giamsat.platform.security.Role;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regulation 213 end to end in a real browser: the District Party Committee's clerk opens
 * the 2030 campaign and sends it; the Front work committee of group LB-DG-T01 gives its
 * head's opinion and the group head's on their behalf; the party cell returns its
 * comment; the clerk reads it in the member's record, and the member (an account made for
 * this story) sees only the comment. canbo.demo sees their own demo comment and no one
 * else's.
 */
@IntegrationTest
class ResidenceStoriesTest extends BrowserSupport {

	static final String MEMBER_ACCOUNT = "dangvien.test.t01";

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void clerkRequestsTheCellAndCommitteeAnswerAndTheMemberSeesOnlyTheComment() {
		memberAccount();
		signIn(Personas.PARTY_COMMITTEE);
		open("/residence");
		assertAccessible("residence start (clerk)");
		find("#c-year").clear();
		find("#c-year").sendKeys("2030");
		find("#c-due").clear();
		find("#c-due").sendKeys("30/11/2030");
		find("#create-campaign").click();
		waitForText("main h1", "Đợt nhận xét năm 2030");
		find("#add-member").findElement(By.xpath("..")).findElement(By.tagName("summary")).click();
		find("#m-code").sendKeys("LB-DG-T01-00569");
		find("#m-reason").sendKeys("Điều động về cơ quan Quận ủy, hồ sơ chưa cập nhật");
		find("#add-member button").click();
		waitForText("#members", "Lê Bá Vinh");
		assertAccessible("campaign before sending");
		screenshot("residence-campaign-desktop");
		find("#send-requests").click();
		waitForText("main", "Đã xử lý");
		assertThat(find("#campaign-counts").getText()).contains("Chưa gửi: 0");

		signIn(Personas.FRONT_WORK_COMMITTEE);
		open("/residence");
		assertAccessible("residence inbox (Front work committee)");
		browser.findElements(By.cssSelector("#inbox tr"))
			.stream()
			.filter(tr -> tr.getText().contains("Lê Bá Vinh") && tr.getText().contains("2030"))
			.findFirst()
			.orElseThrow()
			.findElement(By.linkText("Lê Bá Vinh"))
			.click();
		waitForText("main h1", "Lê Bá Vinh năm 2030");
		String request = path();
		find("#FRONT_COMMITTEE_HEAD-content").sendKeys("Tham gia đầy đủ các buổi họp tổ dân phố <b>đậm</b>");
		new Select(find("#FRONT_COMMITTEE_HEAD-movements")).selectByValue("PARTLY");
		find("#save-FRONT_COMMITTEE_HEAD").click();
		waitForText("#opinions", "Tham gia đầy đủ các buổi họp tổ dân phố <b>đậm</b>");
		find("#GROUP_HEAD-content").sendKeys("Gia đình chấp hành tốt quy ước của tổ");
		find("#save-GROUP_HEAD").click();
		waitForText("#opinions", "Nhập thay bởi tài khoản bctmt.ducgiang.t01");
		assertAccessible("request with opinions");
		screenshot("residence-opinions-desktop");

		signIn(Personas.PARTY_CELL);
		open(request);
		assertThat(find("#opinions").getText()).contains("Chưa thường xuyên").contains("Gia đình chấp hành tốt");
		find("#comment").sendKeys("Đồng chí gương mẫu, giữ mối liên hệ thường xuyên với chi bộ nơi cư trú.");
		new Select(find("#rating")).selectByValue("GOOD");
		find("#return-comment").click();
		waitForText("#request-state", "Đã nhận xét");
		assertAccessible("returned comment (cell)");
		screenshot("residence-returned-desktop");

		signIn(Personas.PARTY_COMMITTEE);
		open(request);
		assertThat(find("#returned-comment").getText()).contains("Đồng chí gương mẫu").contains("Thực hiện tốt");
		assertThat(find("#member-record").getText()).contains("2030");

		signIn(MEMBER_ACCOUNT);
		useViewport(MOBILE);
		open("/residence");
		waitForText("#my-comments", "Nhận xét năm 2030");
		assertThat(pageText()).doesNotContain("Gia đình chấp hành tốt quy ước của tổ");
		assertAccessible("member's comments");
		assertNoHorizontalOverflow();
		screenshot("residence-member-mobile");

		signIn(Personas.CADRE);
		open("/residence");
		waitForText("#my-comments", "Nhận xét năm 2026");
		assertThat(find("#my-comments").getText()).doesNotContain("2030");
		screenshot("residence-canbo-desktop");
	}

	@Test
	void campaignPageFitsAPhone() {
		signIn(Personas.PARTY_COMMITTEE);
		useViewport(MOBILE);
		open("/residence");
		browser.findElement(By.partialLinkText("Đợt nhận xét năm 2026")).click();
		waitForText("main h1", "Đợt nhận xét năm 2026");
		assertAccessible("campaign on a phone");
		assertNoHorizontalOverflow();
		screenshot("residence-campaign-mobile");
	}

	private void memberAccount() {
		if (jdbc.sql("select count(*) from user_account where username = ?")
			.param(MEMBER_ACCOUNT)
			.query(Long.class)
			.single() == 0) {
			accounts.createDemoAccount(new AccountDraft(MEMBER_ACCOUNT, "Lê Bá Vinh", Role.CADRE, "LB-DG-T01-CB",
					"LB-DG-T01-00569", null, LocalDate.of(2018, 1, 1), null, true), Personas.PASSWORD);
		}
	}

}
