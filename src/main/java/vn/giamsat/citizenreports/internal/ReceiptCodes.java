package vn.giamsat.citizenreports.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/**
 * Receipt codes: 16 random decimal digits (about 53 bits — with the look-up throttle,
 * guessing one takes longer than a report lives). Only a peppered SHA-256 of the code is
 * stored. A malformed code is hashed all the same so that every answer costs the same.
 */
@Component
public class ReceiptCodes {

	static final int DIGITS = 16;

	private final SecureRandom random = new SecureRandom();

	private final byte[] pepper;

	ReceiptCodes(ReportSettings settings) {
		if (settings.receiptPepper() == null || settings.receiptPepper().isBlank()) {
			throw new IllegalStateException("giamsat.reports.receipt-pepper is required");
		}
		this.pepper = settings.receiptPepper().getBytes(StandardCharsets.UTF_8);
	}

	public String newCode() {
		StringBuilder sb = new StringBuilder(DIGITS);
		for (int i = 0; i < DIGITS; i++) {
			sb.append((char) ('0' + random.nextInt(10)));
		}
		return sb.toString();
	}

	/** Spaces and dashes typed by the reporter are ignored. */
	public static String normalise(String typed) {
		return typed == null ? "" : typed.replaceAll("[\\s-]", "");
	}

	public static boolean wellFormed(String normalised) {
		return normalised.length() == DIGITS && normalised.chars().allMatch(c -> c >= '0' && c <= '9');
	}

	public byte[] hash(String code) {
		try {
			MessageDigest md = MessageDigest.getInstance("SHA-256");
			md.update(pepper);
			return md.digest(code.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
