package vn.giamsat.citizenreports.internal;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.core.env.Environment;

/**
 * Production must seal reporters with its own key: it refuses to start without one, or
 * with the demo key and pepper that ship in application.properties (the same pattern as
 * the platform's ProductionGuard). A plain bean, so that the platform's database checks
 * speak first.
 */
@Component
@Profile("prod")
class ReporterKeyGuard {

	static final String DEMO_KEY_ID = "demo1";

	static final String DEMO_PEPPER = "demo-pepper-not-for-production";

	ReporterKeyGuard(Environment env) {
		check(env);
	}

	static void check(Environment env) {
		String key = env.getProperty("giamsat.reports.key", "");
		String keyId = env.getProperty("giamsat.reports.key-id", "");
		String pepper = env.getProperty("giamsat.reports.receipt-pepper", "");
		if (key.isBlank() || keyId.isBlank() || DEMO_KEY_ID.equals(keyId)) {
			throw new IllegalStateException("Hồ sơ prod cần khóa mã hóa người phản ánh riêng: đặt GIAMSAT_REPORTS_KEY "
					+ "(base64 của 32 byte ngẫu nhiên, ví dụ: openssl rand -base64 32) và GIAMSAT_REPORTS_KEY_ID.");
		}
		if (pepper.isBlank() || DEMO_PEPPER.equals(pepper)) {
			throw new IllegalStateException(
					"Hồ sơ prod cần GIAMSAT_REPORTS_PEPPER riêng (chuỗi bí mật dùng khi băm mã tiếp nhận).");
		}
	}

}
