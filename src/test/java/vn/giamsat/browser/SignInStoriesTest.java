package vn.giamsat.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;

import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

/**
 * Signing in, on a desktop and on a phone, as a Front officer of the former Long Biên
 * district.
 */
@IntegrationTest
class SignInStoriesTest extends BrowserSupport {

	@Test
	void officerWithAWrongPasswordIsToldSoInVietnamese() {
		open("/login");
		assertAccessible("login");
		submitLogin(Personas.FRONT_LONG_BIEN, "sai-mat-khau-2026");

		waitForText("main .errors", "Tên đăng nhập hoặc mật khẩu không đúng.");
		assertThat(path()).isEqualTo("/login");
		assertThat(findAll("form[action='/logout']")).as("not signed in").isEmpty();
		assertAccessible("login with error");
		screenshot("login-error-desktop");
	}

	@Test
	void officerSignsInAndSeesTheirScope() {
		open("/login");
		submitLogin(Personas.FRONT_LONG_BIEN, Personas.PASSWORD);
		waiting().withTimeout(java.time.Duration.ofSeconds(20)).until(d -> "/".equals(path()));

		assertThat(find("main h1").getText()).isEqualTo("Xin chào, Trần Thị Hồng Nhung");
		assertThat(find(".topbar .who").getText()).contains("Cán bộ Ban Thường trực MTTQ");
		assertThat(findAll(".tiles a[href='/units'] strong, .tiles a[href='/organisations'] strong, "
				+ ".tiles a[href='/people'] strong"))
			.as("the three counts of the scope, besides any to-do items")
			.hasSize(3);
		assertAccessible("home");
		screenshot("home-desktop");

		open("/units");
		assertThat(findAll(".tree > li > a")).extracting(e -> e.getText())
			.as("the tree starts at the officer's own district, not at the city")
			.contains("Quận Long Biên")
			.doesNotContain("Thành phố Hà Nội");
	}

	@Test
	void officerSignsInOnAPhone() {
		useViewport(MOBILE);
		open("/login");
		assertNoHorizontalOverflow();
		assertAccessible("login on a phone");
		submitLogin(Personas.FRONT_LONG_BIEN, Personas.PASSWORD);
		waiting().until(d -> "/".equals(path()));

		assertNoHorizontalOverflow();
		assertAccessible("home on a phone");
		assertThat(find(".menu summary").isDisplayed()).as("the menu folds behind a button").isTrue();
		assertThat(find(".menu nav a[href='/people']").isDisplayed()).isFalse();
		find(".menu summary").click();
		waiting().until(ExpectedConditions.visibilityOf(find(".menu nav a[href='/people']")));
		assertNoHorizontalOverflow();
		find(".menu nav a[href='/people']").click();
		waiting().until(d -> "/people".equals(path()));
	}

}
