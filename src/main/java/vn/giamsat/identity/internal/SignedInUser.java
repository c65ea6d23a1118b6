package vn.giamsat.identity.internal;

import java.io.Serial;
import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import vn.giamsat.platform.security.Role;
import vn.giamsat.platform.web.DisplayNamed;

/** The principal kept in the (database-backed) session: small and serialisable. */
public class SignedInUser extends User implements DisplayNamed {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String displayName;

	private final Role role;

	SignedInUser(UserAccount account, boolean usable) {
		super(account.username, account.passwordHash, usable, true, true, true,
				List.of(new SimpleGrantedAuthority(account.role.authority())));
		this.accountId = account.id;
		this.displayName = account.displayName;
		this.role = account.role;
	}

	public long accountId() {
		return accountId;
	}

	@Override
	public String displayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

}
