package vn.giamsat.identity;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.giamsat.platform.security.Role;
import vn.giamsat.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Other modules learn whom to e-mail in an organisation from identity's facade, not from
 * the account table.
 */
@IntegrationTest
class AccountDirectoryTest {

	static final String ORG = "LB-ND";

	@Autowired
	AccountDirectory directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	long organisationId;

	@BeforeEach
	void accounts() {
		organisationId = jdbc.sql("select id from organisation where code = ?").param(ORG).query(Long.class).single();
		create("dir.b.officer", Role.MEMBER_ORG_OFFICER, "nongdan.b@example.vn", true);
		create("dir.a.officer", Role.MEMBER_ORG_OFFICER, "nongdan.a@example.vn", true);
		create("dir.c.shared", Role.FRONT_WORK_COMMITTEE, "nongdan.a@example.vn", true);
		create("dir.d.leader", Role.LEADER, "lanhdao.nd@example.vn", true);
		create("dir.e.disabled", Role.MEMBER_ORG_OFFICER, "nghi.viec@example.vn", false);
		create("dir.f.noaddress", Role.MEMBER_ORG_OFFICER, null, true);
	}

	@Test
	void everyEnabledAccountWithAnAddressCountsOnceInUsernameOrder() {
		assertThat(directory.emailsOf(organisationId)).containsExactly("nongdan.a@example.vn", "nongdan.b@example.vn",
				"lanhdao.nd@example.vn");
	}

	@Test
	void onlyTheAskedRolesCountWhenRolesAreGiven() {
		assertThat(directory.emailsOf(organisationId, Role.MEMBER_ORG_OFFICER)).containsExactly("nongdan.a@example.vn",
				"nongdan.b@example.vn");
		assertThat(directory.emailsOf(organisationId, Role.LEADER, Role.FRONT_WORK_COMMITTEE))
			.containsExactly("nongdan.a@example.vn", "lanhdao.nd@example.vn");
		assertThat(directory.emailsOf(organisationId, Role.PARTY_CELL_OFFICER)).isEmpty();
	}

	@Test
	void anOrganisationWithoutAccountsHasNoAddresses() {
		long other = jdbc.sql("select id from organisation where code = 'LB-PTP'").query(Long.class).single();
		assertThat(directory.emailsOf(other)).isEmpty();
	}

	private void create(String username, Role role, String email, boolean enabled) {
		if (jdbc.sql("select count(*) from user_account where username = ?")
			.param(username)
			.query(Long.class)
			.single() == 0) {
			accounts.createDemoAccount(new AccountDraft(username, "Tài khoản " + username, role, ORG, null, email,
					LocalDate.of(2020, 1, 1), null, enabled), "Thu-nghiem-2026!");
		}
	}

}
