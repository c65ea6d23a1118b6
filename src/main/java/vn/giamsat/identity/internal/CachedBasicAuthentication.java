package vn.giamsat.identity.internal;

import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * HTTP Basic sends the password with every API call, and BCrypt is deliberately slow (it
 * capped the API at 10–20 calls a second on 2 cores). After one real check, the same user
 * name and password are accepted for a few minutes by comparing a salted SHA-256 in
 * memory, as long as the stored password hash is unchanged and the account is still
 * enabled and not locked. A changed password or a disabled account takes effect at the
 * next call.
 */
final class CachedBasicAuthentication implements AuthenticationProvider {

	static final Duration TTL = Duration.ofMinutes(5);

	static final int MAX_ENTRIES = 10_000;

	private final AuthenticationProvider delegate;

	private final UserDetailsService users;

	private final Clock clock;

	private final byte[] salt = new byte[32];

	private final Map<String, Entry> recent = new ConcurrentHashMap<>();

	private record Entry(String digest, String storedHash, Instant expires) {
	}

	/**
	 * A successful authentication answered from the cache: not a new sign-in for the
	 * audit log.
	 */
	static final class Remembered extends UsernamePasswordAuthenticationToken {

		@Serial
		private static final long serialVersionUID = 1L;

		Remembered(UserDetails user) {
			super(user, null, user.getAuthorities());
		}

	}

	CachedBasicAuthentication(AuthenticationProvider delegate, UserDetailsService users, Clock clock) {
		this.delegate = delegate;
		this.users = users;
		this.clock = clock;
		new SecureRandom().nextBytes(salt);
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String password = String.valueOf(authentication.getCredentials());
		Entry entry = recent.get(username);
		Instant now = clock.instant();
		if (entry != null && entry.expires().isAfter(now)
				&& MessageDigest.isEqual(entry.digest().getBytes(StandardCharsets.US_ASCII),
						digest(username, password).getBytes(StandardCharsets.US_ASCII))) {
			UserDetails user = users.loadUserByUsername(username);
			if (user.getPassword().equals(entry.storedHash())) {
				if (!user.isEnabled()) {
					throw new DisabledException("disabled");
				}
				return new Remembered(user);
			}
		}
		recent.remove(username);
		Authentication result = delegate.authenticate(authentication);
		if (result != null && result.isAuthenticated() && result.getPrincipal() instanceof UserDetails user) {
			if (recent.size() >= MAX_ENTRIES) {
				recent.clear();
			}
			recent.put(username, new Entry(digest(username, password), user.getPassword(), now.plus(TTL)));
		}
		if (result == null) {
			throw new BadCredentialsException("bad credentials");
		}
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private String digest(String username, String password) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(salt);
			sha.update(username.getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0);
			sha.update(password.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
