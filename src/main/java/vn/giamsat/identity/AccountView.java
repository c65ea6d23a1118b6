package vn.giamsat.identity;

import java.time.LocalDate;

import vn.giamsat.platform.security.Role;

/** An account as the administrator's pages show it; never the password hash. */
public record AccountView(long id, String username, String displayName, Role role, Long organisationId,
		String organisationCode, String organisationName, String personCode, String email, boolean enabled,
		boolean demo, LocalDate validFrom, LocalDate validTo, int version) {
}
