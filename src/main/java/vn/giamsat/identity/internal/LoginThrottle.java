package vn.giamsat.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sign-in throttling kept in the database so that it holds across instances: after
 * {@value #MAX_FAILURES} failures for one user name from one address within the window,
 * that pair is locked for {@link #LOCK}; an address that fails
 * {@value #MAX_ADDRESS_FAILURES} times across user names (password spraying) is locked as
 * well.
 */
@Component
public class LoginThrottle {

	static final int MAX_FAILURES = 5;

	static final int MAX_ADDRESS_FAILURES = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration LOCK = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public boolean isLocked(String username) {
		String address = address();
		OffsetDateTime now = OffsetDateTime.now(clock);
		return jdbc.sql("select count(*) from login_attempt where attempt_key in (?, ?) and locked_until > ?")
			.params(userKey(username, address), addressKey(address), now)
			.query(Long.class)
			.single() > 0;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String username) {
		String address = address();
		count(userKey(username, address), MAX_FAILURES);
		count(addressKey(address), MAX_ADDRESS_FAILURES);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String username) {
		jdbc.sql("delete from login_attempt where attempt_key = ?").param(userKey(username, address())).update();
	}

	private void count(String key, int max) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("""
				insert into login_attempt (attempt_key, failures, first_failure) values (?, 1, ?)
				on conflict (attempt_key) do update set
				  failures = case when login_attempt.first_failure < ? then 1 else login_attempt.failures + 1 end,
				  first_failure = case when login_attempt.first_failure < ? then excluded.first_failure
				                       else login_attempt.first_failure end""")
			.params(key, now, now.minus(WINDOW), now.minus(WINDOW))
			.update();
		jdbc.sql("update login_attempt set locked_until = ? where attempt_key = ? and failures >= ?")
			.params(now.plus(LOCK), key, max)
			.update();
	}

	private static String userKey(String username, String address) {
		return "u:" + (username == null ? "" : username.strip().toLowerCase()) + "|" + address;
	}

	private static String addressKey(String address) {
		return "a:" + address;
	}

	private static String address() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
			HttpServletRequest request = attrs.getRequest();
			return request.getRemoteAddr();
		}
		return "local";
	}

}
