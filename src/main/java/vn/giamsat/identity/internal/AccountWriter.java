package vn.giamsat.identity.internal;

import java.time.OffsetDateTime;

import org.springframework.stereotype.Component;

import vn.giamsat.identity.AccountDraft;

/** The only place that sets account fields, so the entity keeps no public setters. */
@Component
public class AccountWriter {

	private final UserAccountRepository accounts;

	AccountWriter(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	public UserAccount insert(AccountDraft d, Long organisationId, Long personId, String passwordHash, boolean demo,
			OffsetDateTime now) {
		UserAccount a = new UserAccount();
		a.username = d.username().strip();
		a.passwordHash = passwordHash;
		a.demo = demo;
		a.createdAt = now;
		a.passwordChangedAt = now;
		fill(a, d, organisationId, personId);
		return accounts.save(a);
	}

	public UserAccount update(UserAccount a, AccountDraft d, Long organisationId, Long personId) {
		fill(a, d, organisationId, personId);
		return accounts.save(a);
	}

	public void setPassword(UserAccount a, String hash, OffsetDateTime now) {
		a.passwordHash = hash;
		a.passwordChangedAt = now;
		accounts.save(a);
	}

	public String passwordHash(UserAccount a) {
		return a.passwordHash;
	}

	private static void fill(UserAccount a, AccountDraft d, Long organisationId, Long personId) {
		a.personId = personId;
		a.displayName = d.displayName().strip();
		a.role = d.role();
		a.organisationId = organisationId;
		a.email = d.email() == null || d.email().isBlank() ? null : d.email().strip();
		a.enabled = d.enabled();
		a.validFrom = d.validFrom();
		a.validTo = d.validTo();
	}

}
