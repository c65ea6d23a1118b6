package vn.giamsat.identity;

import java.time.LocalDate;

import vn.giamsat.platform.security.Role;

/** An account as entered by an administrator (or by the demo data loader). */
public record AccountDraft(String username, String displayName, Role role, String organisationCode, String personCode,
		String email, LocalDate validFrom, LocalDate validTo, boolean enabled) {
}
