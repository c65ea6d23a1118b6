package vn.giamsat.identity;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import vn.giamsat.platform.security.Role;
import vn.giamsat.support.As;
import vn.giamsat.support.Browserless;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SignInSecurityTest {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accounts;

	String base() {
		return "http://localhost:" + port;
	}

	@Test
	void signInWithTheFormLandsOnHomeAndChangesTheSessionId() throws Exception {
		Browserless browser = new Browserless();
		browser.get(base() + "/login");
		String before = browser.sessionCookie();
		HttpResponse<String> response = browser.signIn(base(), Personas.FRONT_LONG_BIEN, Personas.PASSWORD);
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
		assertThat(browser.sessionCookie()).isNotNull().isNotEqualTo(before);
		assertThat(browser.get(base() + "/").body()).contains("Xin chào, Trần Thị Hồng Nhung");
	}

	@Test
	void wrongPasswordShowsTheVietnameseErrorAndIsAudited() throws Exception {
		Browserless browser = new Browserless();
		HttpResponse<String> response = browser.signIn(base(), Personas.LEADER, "sai-mat-khau-123");
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		assertThat(browser.get(base() + "/login?error").body()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'SIGN_IN_FAILED' and actor = ?")
			.param(Personas.LEADER)
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() throws Exception {
		String username = "throttle.test." + System.nanoTime() % 100000;
		asAdmin(() -> accounts.create(new AccountDraft(username, "Kiểm Thử Khóa", Role.LEADER, "HN-MTTQ", null, null,
				LocalDate.of(2020, 1, 1), null, true), "Dung-mat-khau-2026"));
		Browserless browser = new Browserless();
		for (int i = 0; i < 5; i++) {
			browser.signIn(base(), username, "sai-" + i + "-mat-khau");
		}
		HttpResponse<String> locked = browser.signIn(base(), username, "Dung-mat-khau-2026");
		assertThat(locked.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
		assertThat(browser.get(base() + "/login?locked").body()).contains("tạm khóa 15 phút");
		assertThat(new Browserless().get(base() + "/").statusCode()).isEqualTo(302);
	}

	@Test
	void aPostWithoutCsrfTokenIsRefusedAndWithTokenAccepted() throws Exception {
		mvc.perform(post("/account/password").with(As.page(Personas.LEADER)).param("current", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/account/password").with(As.page(Personas.LEADER)).with(csrf()).param("current", "x"))
			.andExpect(status().isOk());
	}

	@Test
	void pagesCarryTheSecureHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("script-src 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void passwordsAreStoredAsBcryptHashesNeverInClear() {
		List<String> hashes = jdbc.sql("select password_hash from user_account").query(String.class).list();
		assertThat(hashes).isNotEmpty().allSatisfy(h -> assertThat(h).startsWith("{bcrypt}$2"));
		assertThat(hashes).noneMatch(h -> h.contains(Personas.PASSWORD));
	}

	@Test
	void theFirstAdministratorGetsThePasswordFromTheEnvironment() throws Exception {
		assertThat(new Browserless().signIn(base(), Personas.ADMIN, Personas.ADMIN_PASSWORD)
			.headers()
			.firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		assertThat(jdbc.sql("select role from user_account where username = 'admin'").query(String.class).single())
			.isEqualTo("SYSTEM_ADMIN");
	}

	@Test
	void changingOwnPasswordNeedsTheCurrentOneAndAMatchingConfirmation() throws Exception {
		String username = "doimatkhau." + System.nanoTime() % 100000;
		asAdmin(() -> accounts.create(new AccountDraft(username, "Đổi Mật Khẩu", Role.LEADER, "HN-MTTQ", null, null,
				LocalDate.of(2020, 1, 1), null, true), "Mat-khau-cu-2026"));
		mvc.perform(post("/account/password")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(username)
				.roles("LEADER"))
			.with(csrf())
			.param("current", "sai")
			.param("password", "Mat-khau-moi-2026")
			.param("confirmation", "khac-han-2026"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.allOf(
						org.hamcrest.Matchers.containsString("Mật khẩu hiện tại không đúng."),
						org.hamcrest.Matchers.containsString("Hai lần nhập mật khẩu mới không khớp."))));
		mvc.perform(post("/account/password")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(username)
				.roles("LEADER"))
			.with(csrf())
			.param("current", "Mat-khau-cu-2026")
			.param("password", "Mat-khau-moi-2026")
			.param("confirmation", "Mat-khau-moi-2026")).andExpect(status().is3xxRedirection());
		assertThat(new Browserless().signIn(base(), username, "Mat-khau-moi-2026").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
	}

	@Test
	void apiCallsAreAuditedOnceWhileRememberedAndAChangedPasswordTakesEffectAtOnce() throws Exception {
		String username = "api.cache." + System.nanoTime() % 100000;
		asAdmin(() -> accounts.create(new AccountDraft(username, "Gọi API", Role.LEADER, "HN-MTTQ", null, null,
				LocalDate.of(2020, 1, 1), null, true), "Mat-khau-api-2026"));
		var basic = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.httpBasic(username, "Mat-khau-api-2026");
		for (int i = 0; i < 3; i++) {
			mvc.perform(get("/api/v1/units").with(basic)).andExpect(status().isOk());
		}
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'SIGN_IN' and actor = ?")
			.param(username)
			.query(Long.class)
			.single()).isEqualTo(1);
		long id = jdbc.sql("select id from user_account where username = ?").param(username).query(Long.class).single();
		asAdmin(() -> accounts.resetPassword(id, "Mat-khau-moi-api-2026"));
		mvc.perform(get("/api/v1/units").with(basic)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/units")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic(username, "Mat-khau-moi-api-2026")))
			.andExpect(status().isOk());
	}

	static void asAdmin(Runnable action) {
		var auth = new UsernamePasswordAuthenticationToken(Personas.ADMIN, null,
				List.of(new SimpleGrantedAuthority("ROLE_SYSTEM_ADMIN")));
		SecurityContextHolder.getContext().setAuthentication(auth);
		try {
			action.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
