package vn.giamsat.citizenreports.internal;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import vn.giamsat.citizenreports.Reporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sealing, key rotation and the production refusal of the demo key. */
class ReporterCipherTest {

	static final String OLD = Base64.getEncoder().encodeToString(new byte[32]);

	static final String NEW = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

	static ReportSettings settings(String keyId, String key, Map<String, String> old) {
		return new ReportSettings(key, keyId, old, "pepper", 10, 30, 1, 5, 30, 1, 30, 5, 5 << 20);
	}

	static final Reporter ĐÀO = new Reporter("Lê Thị Đào", "0912345678", "Số 7 ngõ 12 Ngọc Lâm");

	@Test
	void afterRotationOldRowsStillOpenAndNewRowsUseTheNewKey() {
		ReporterCipher before = new ReporterCipher(settings("k1", OLD, Map.of()));
		ReporterCipher.Sealed old = before.seal(ĐÀO, 42);
		ReporterCipher after = new ReporterCipher(settings("k2", NEW, Map.of("k1", OLD)));
		assertThat(after.open(old, 42)).isEqualTo(ĐÀO);
		ReporterCipher.Sealed fresh = after.seal(ĐÀO, 43);
		assertThat(fresh.keyId()).isEqualTo("k2");
		assertThat(after.open(fresh, 43)).isEqualTo(ĐÀO);
		assertThatThrownBy(() -> before.open(fresh, 43)).as("a retired instance cannot read new rows")
			.hasMessageContaining("k2");
	}

	@Test
	void aSealedIdentityCopiedToAnotherReportDoesNotOpen() {
		ReporterCipher cipher = new ReporterCipher(settings("k1", OLD, Map.of()));
		ReporterCipher.Sealed sealed = cipher.seal(ĐÀO, 7);
		assertThatThrownBy(() -> cipher.open(sealed, 8)).isInstanceOf(IllegalStateException.class);
		assertThat(new String(sealed.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1))
			.doesNotContain("0912345678");
	}

	@Test
	void aKeyOfTheWrongLengthIsRefused() {
		assertThatThrownBy(() -> new ReporterCipher(settings("k1", "c2hvcnQ=", Map.of())))
			.hasMessageContaining("32 bytes");
	}

	@Test
	void productionRefusesTheDemoKeyAndPepper() {
		MockEnvironment demo = new MockEnvironment().withProperty("giamsat.reports.key", NEW)
			.withProperty("giamsat.reports.key-id", "demo1")
			.withProperty("giamsat.reports.receipt-pepper", "p");
		assertThatThrownBy(() -> ReporterKeyGuard.check(demo)).hasMessageContaining("GIAMSAT_REPORTS_KEY");
		MockEnvironment noPepper = new MockEnvironment().withProperty("giamsat.reports.key", NEW)
			.withProperty("giamsat.reports.key-id", "prod-2026")
			.withProperty("giamsat.reports.receipt-pepper", ReporterKeyGuard.DEMO_PEPPER);
		assertThatThrownBy(() -> ReporterKeyGuard.check(noPepper)).hasMessageContaining("GIAMSAT_REPORTS_PEPPER");
		ReporterKeyGuard.check(new MockEnvironment().withProperty("giamsat.reports.key", NEW)
			.withProperty("giamsat.reports.key-id", "prod-2026")
			.withProperty("giamsat.reports.receipt-pepper", "a real secret"));
	}

}
