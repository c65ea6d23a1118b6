package vn.giamsat.identity.web;

import java.util.List;

import vn.giamsat.identity.AccountDraft;
import vn.giamsat.identity.AccountView;
import vn.giamsat.platform.security.Role;
import vn.giamsat.platform.web.DateInput;
import vn.giamsat.platform.web.Problem;

/** The account form as typed by an administrator. */
public record AccountForm(String username, String displayName, String role, String organisationCode, String personCode,
		String email, String validFrom, String validTo, String enabled, String password, Integer version) {

	public static AccountForm empty(String today) {
		return new AccountForm("", "", "", "", "", "", today, "", "true", "", null);
	}

	public static AccountForm of(AccountView a) {
		return new AccountForm(a.username(), a.displayName(), a.role().name(), nz(a.organisationCode()),
				nz(a.personCode()), nz(a.email()), DateInput.format(a.validFrom()), DateInput.format(a.validTo()),
				String.valueOf(a.enabled()), "", a.version());
	}

	AccountDraft toDraft(List<Problem> problems) {
		Role r = null;
		if (role != null && !role.isBlank()) {
			try {
				r = Role.valueOf(role.strip());
			}
			catch (IllegalArgumentException ex) {
				problems.add(Problem.of("role", "account.error.roleRequired"));
			}
		}
		return new AccountDraft(username == null ? null : username.strip().toLowerCase(), displayName, r,
				organisationCode, personCode, email, DateInput.parse(validFrom, "validFrom", problems),
				DateInput.parse(validTo, "validTo", problems), !"false".equals(enabled));
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
