package vn.giamsat.residence.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.giamsat.identity.AccountDirectory;

/**
 * E-mail addresses of the enabled accounts of an organisation, from identity's facade
 * (ADR 0009); people have no e-mail of their own. An organisation without addresses still
 * sees its dashboard items.
 */
@Component
class Recipients {

	private final AccountDirectory accounts;

	Recipients(AccountDirectory accounts) {
		this.accounts = accounts;
	}

	List<String> of(Long organisationId) {
		if (organisationId == null) {
			return List.of();
		}
		return accounts.emailsOf(organisationId);
	}

}
