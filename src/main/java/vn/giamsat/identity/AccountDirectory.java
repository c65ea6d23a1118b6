package vn.giamsat.identity;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.identity.internal.AccountQueries;
import vn.giamsat.platform.security.Role;

/**
 * Who to notify in an organisation: people records carry no e-mail address, accounts do.
 * Other modules ask here instead of reading the account table.
 */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

	private final AccountQueries queries;

	AccountDirectory(AccountQueries queries) {
		this.queries = queries;
	}

	/**
	 * The e-mail addresses of the organisation's enabled accounts, only of the given
	 * roles (of every role when none is given); each address once, in username order,
	 * accounts without an address left out. An organisation without any gets an empty
	 * list.
	 */
	public List<String> emailsOf(long organisationId, Role... roles) {
		return queries.emailsOf(organisationId, List.of(roles));
	}

}
