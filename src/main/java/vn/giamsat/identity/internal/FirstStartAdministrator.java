package vn.giamsat.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.platform.audit.AuditLog;
import vn.giamsat.platform.security.Role;

/**
 * On first start creates the system administrator {@code admin}: with the password of
 * {@code GIAMSAT_ADMIN_PASSWORD} if set, otherwise a random one printed once in the log
 * (API-CONTRACT.md). There is no default password.
 */
@Component
class FirstStartAdministrator implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(FirstStartAdministrator.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final UserAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final Environment env;

	private final AuditLog audit;

	private final Clock clock;

	FirstStartAdministrator(UserAccountRepository accounts, PasswordEncoder encoder, Environment env, AuditLog audit,
			Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.env = env;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Before the web server accepts requests: nobody can sign in before the administrator
	 * exists.
	 */
	@Override
	@Transactional
	public void afterSingletonsInstantiated() {
		if (accounts.findByUsername("admin").isPresent()) {
			return;
		}
		String given = env.getProperty("GIAMSAT_ADMIN_PASSWORD");
		String password = given == null || given.isBlank() ? randomPassword() : given;
		UserAccount admin = new UserAccount();
		admin.username = "admin";
		admin.displayName = "Quản trị hệ thống";
		admin.passwordHash = encoder.encode(password);
		admin.role = Role.SYSTEM_ADMIN;
		admin.enabled = true;
		admin.validFrom = LocalDate.of(2000, 1, 1);
		admin.createdAt = OffsetDateTime.now(clock);
		accounts.save(admin);
		audit.recordAs("system", "CREATE", "UserAccount", "admin", admin.auditState());
		if (given == null || given.isBlank()) {
			log.warn(
					"\n\n  Tài khoản quản trị đầu tiên: admin / {}\n  (mật khẩu chỉ in một lần; hãy đổi ngay sau khi đăng nhập)\n",
					password);
		}
		else {
			log.info("Đã tạo tài khoản quản trị 'admin' với mật khẩu từ GIAMSAT_ADMIN_PASSWORD.");
		}
	}

	static String randomPassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return sb.toString();
	}

}
