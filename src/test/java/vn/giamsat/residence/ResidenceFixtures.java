package vn.giamsat.residence;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import vn.giamsat.identity.AccountDraft;
import vn.giamsat.identity.AccountManagement;
import vn.giamsat.platform.security.Role;
import vn.giamsat.support.As;
import vn.giamsat.support.Personas;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Test data of the residence tests, created through the product's own imports and account
 * management: a small workplace party committee TEST-RES-DU with one member who has no
 * residence (TEST-RES-001) and one living in group HN-LB-DG-T03 (TEST-RES-002), accounts
 * with e-mail addresses for that group's cell and Front work committee, and a Front work
 * committee account of another group. Everything is idempotent (keyed by codes).
 */
final class ResidenceFixtures {

	static final String CLERK = "test.residence.clerk";

	static final String T03_CELL = "test.residence.t03cb";

	static final String T03_FRONT = "test.residence.t03mt";

	static final String T02_FRONT = "test.residence.t02mt";

	static final String T03_CELL_MAIL = "chibo.t03@example.vn";

	static final String T03_FRONT_MAIL = "bctmt.t03@example.vn";

	/**
	 * Party member living in LB-DG-T01, added by hand to LB-QU campaigns (as in the
	 * demo).
	 */
	static final String DG_T01_MEMBER = "LB-DG-T01-00569";

	private ResidenceFixtures() {
	}

	static void ensure(MockMvc mvc, JdbcClient jdbc, AccountManagement accounts) throws Exception {
		if (exists(jdbc, CLERK)) {
			return;
		}
		importCsv(mvc, "organisations", """
				ma,ten,loai,ma_don_vi_hanh_chinh,ma_to_chuc_cha
				TEST-RES-DU,Đảng ủy Cơ quan thử nghiệm nhận xét,CAP_UY,HN-LB,LB-QU
				""");
		importCsv(mvc, "people",
				"""
						ma,ho_ten,gioi_tinh,nam_sinh,dang_vien,chuc_vu,ma_noi_cong_tac,ma_noi_cu_tru,ma_cap_uy_quan_ly,nhom
						TEST-RES-001,Phan Thị Chưa Có Nơi Ở,NU,1985,CO,Chuyên viên,TEST-RES-DU,,TEST-RES-DU,CAN_BO_DANG_VIEN
						TEST-RES-002,Đinh Văn Cư Trú,NAM,1980,CO,Chuyên viên,TEST-RES-DU,HN-LB-DG-T03,TEST-RES-DU,CAN_BO_DANG_VIEN
						""");
		account(accounts, CLERK, Role.PARTY_COMMITTEE_OFFICER, "TEST-RES-DU", null);
		account(accounts, T03_CELL, Role.PARTY_CELL_OFFICER, "LB-DG-T03-CB", T03_CELL_MAIL);
		account(accounts, T03_FRONT, Role.FRONT_WORK_COMMITTEE, "LB-DG-T03-BCTMT", T03_FRONT_MAIL);
		account(accounts, T02_FRONT, Role.FRONT_WORK_COMMITTEE, "LB-DG-T02-BCTMT", null);
	}

	private static boolean exists(JdbcClient jdbc, String username) {
		return jdbc.sql("select count(*) from user_account where username = ?")
			.param(username)
			.query(Long.class)
			.single() > 0;
	}

	private static void account(AccountManagement accounts, String username, Role role, String org, String email) {
		accounts.createDemoAccount(new AccountDraft(username, "Tài khoản thử " + username, role, org, null, email,
				LocalDate.of(2018, 1, 1), null, true), Personas.PASSWORD);
	}

	private static void importCsv(MockMvc mvc, String dataset, String csv) throws Exception {
		mvc.perform(multipart("/api/v1/imports/" + dataset)
			.file(new MockMultipartFile("file", dataset + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(As.api(Personas.ADMIN))).andExpect(status().isOk());
	}

	/** A page request by one of the test accounts above. */
	static org.springframework.test.web.servlet.request.RequestPostProcessor page(String username, Role role) {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(username)
			.roles(role.name());
	}

	/** Runs the action signed in as the account (its scope is read from the database). */
	static <T> T as(String username, Role role, Supplier<T> action) {
		var auth = UsernamePasswordAuthenticationToken.authenticated(username, null,
				java.util.List.of(new SimpleGrantedAuthority(role.authority())));
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext().setAuthentication(auth);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	static void run(String username, Role role, Runnable action) {
		as(username, role, () -> {
			action.run();
			return null;
		});
	}

}
