package vn.giamsat.identity.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import vn.giamsat.platform.security.Role;

/** A user account: one role, bound to one organisation for a period. */
@Table("user_account")
public class UserAccount {

	@Id
	Long id;

	String username;

	String displayName;

	String passwordHash;

	Role role;

	Long organisationId;

	Long personId;

	String email;

	boolean enabled;

	boolean demo;

	LocalDate validFrom;

	LocalDate validTo;

	OffsetDateTime createdAt;

	OffsetDateTime passwordChangedAt;

	@Version
	Integer version;

	public Long id() {
		return id;
	}

	public String username() {
		return username;
	}

	public String displayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

	public Long organisationId() {
		return organisationId;
	}

	public Long personId() {
		return personId;
	}

	public String email() {
		return email;
	}

	public boolean enabled() {
		return enabled;
	}

	public boolean demo() {
		return demo;
	}

	public LocalDate validFrom() {
		return validFrom;
	}

	public LocalDate validTo() {
		return validTo;
	}

	public Integer version() {
		return version;
	}

	public boolean validOn(LocalDate day) {
		return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
	}

	/** Never the password hash: the audit log is read by administrators. */
	public Map<String, Object> auditState() {
		var m = new LinkedHashMap<String, Object>();
		m.put("username", username);
		m.put("displayName", displayName);
		m.put("role", role);
		m.put("organisationId", organisationId);
		m.put("personId", personId);
		m.put("email", email);
		m.put("enabled", enabled);
		m.put("validFrom", String.valueOf(validFrom));
		m.put("validTo", validTo == null ? null : validTo.toString());
		return m;
	}

}
