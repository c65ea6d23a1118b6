package vn.giamsat.citizenreports.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import vn.giamsat.citizenreports.Reporter;

/**
 * Seals the reporter's identity with AES-256-GCM. The sealed value is nonce ‖ ciphertext;
 * the key id is stored in its own column so that a rotated key can still open old rows
 * while new rows use the current key. The report id is the associated data: a sealed
 * identity copied onto another report does not open.
 */
@Component
public class ReporterCipher {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final String currentId;

	private final Map<String, SecretKeySpec> keys = new HashMap<>();

	ReporterCipher(ReportSettings settings) {
		if (settings.key() == null || settings.key().isBlank()) {
			throw new IllegalStateException("giamsat.reports.key is required (base64 of 32 random bytes)");
		}
		this.currentId = settings.keyId();
		keys.put(currentId, key(settings.key()));
		settings.oldKeys().forEach((id, k) -> keys.putIfAbsent(id, key(k)));
	}

	public record Sealed(String keyId, byte[] bytes) {
	}

	public Sealed seal(Reporter reporter, long reportId) {
		byte[] plain = String.join("\u001f", nz(reporter.name()), nz(reporter.phone()), nz(reporter.address()))
			.getBytes(StandardCharsets.UTF_8);
		byte[] nonce = new byte[NONCE_BYTES];
		random.nextBytes(nonce);
		try {
			Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
			c.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, nonce));
			c.updateAAD(aad(reportId));
			byte[] ct = c.doFinal(plain);
			return new Sealed(currentId, ByteBuffer.allocate(nonce.length + ct.length).put(nonce).put(ct).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot seal reporter identity", ex);
		}
	}

	public Reporter open(Sealed sealed, long reportId) {
		SecretKeySpec key = keys.get(sealed.keyId());
		if (key == null) {
			throw new IllegalStateException("no key with id " + sealed.keyId() + " (keep retired keys in old-keys)");
		}
		try {
			Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
			c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed.bytes(), 0, NONCE_BYTES));
			c.updateAAD(aad(reportId));
			byte[] plain = c.doFinal(sealed.bytes(), NONCE_BYTES, sealed.bytes().length - NONCE_BYTES);
			String[] parts = new String(plain, StandardCharsets.UTF_8).split("\u001f", -1);
			return new Reporter(parts[0], parts[1], parts[2]);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("sealed reporter identity does not open", ex);
		}
	}

	public String currentKeyId() {
		return currentId;
	}

	private static byte[] aad(long reportId) {
		return ("citizen_report:" + reportId).getBytes(StandardCharsets.US_ASCII);
	}

	private static SecretKeySpec key(String base64) {
		byte[] k = Base64.getDecoder().decode(base64.strip());
		if (k.length != 32) {
			throw new IllegalStateException("reporter keys must be 32 bytes (AES-256), base64-encoded");
		}
		return new SecretKeySpec(k, "AES");
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
