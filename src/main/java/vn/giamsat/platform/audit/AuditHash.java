package vn.giamsat.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The chain's hash function: SHA-256 over the previous hash and every stored field of the
 * row.
 */
final class AuditHash {

	static final String GENESIS = "0".repeat(64);

	private AuditHash() {
	}

	record Row(long id, OffsetDateTime occurredAt, String actor, String action, String entityType, String entityId,
			String before, String after, String remoteAddress) {
	}

	static String of(String prevHash, Row row) {
		long micros = ChronoUnit.MICROS.between(OffsetDateTime.parse("1970-01-01T00:00Z"), row.occurredAt());
		String canonical = String.join("\u001f", prevHash, Long.toString(row.id()), Long.toString(micros),
				n(row.actor()), n(row.action()), n(row.entityType()), n(row.entityId()), n(row.before()),
				n(row.after()), n(row.remoteAddress()));
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Distinguishes null from the empty string so that neither can be swapped for the
	 * other.
	 */
	private static String n(String s) {
		return s == null ? "\u0000" : s;
	}

}
