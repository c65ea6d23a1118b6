package vn.giamsat.identity.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads accounts for sign-in. A locked (throttled) user name and address is refused
 * before the password is even compared, so that guessing costs the attacker the lock
 * period.
 */
@Service
class AccountDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	private final LoginThrottle throttle;

	private final Clock clock;

	AccountDetailsService(UserAccountRepository accounts, LoginThrottle throttle, Clock clock) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		if (throttle.isLocked(username)) {
			throw new LockedException("login.locked");
		}
		UserAccount account = accounts.findByUsername(username.strip())
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
		boolean usable = account.enabled && account.validOn(LocalDate.now(clock));
		return new SignedInUser(account, usable);
	}

}
