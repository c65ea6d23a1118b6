package vn.giamsat.platform.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import vn.giamsat.shared.text.VietnameseText;

/**
 * Validators for the cells of one row. They record an {@link ImportError} on the row and
 * column and return {@code null} instead of throwing, so one pass finds every mistake in
 * the file. A blank optional cell returns {@code null} without an error; combine with
 * {@link #required} for mandatory ones. Dates are in {@link DateFields}, duplicates in
 * {@link UniqueKeys}.
 */
public final class Fields {

	private Fields() {
	}

	/** The trimmed cell; a blank or space-only cell is an error. */
	public static String required(ImportRow row, String key, ImportErrors errors) {
		String value = row.get(key);
		if (value == null) {
			errors.add(row.row(), key, ImportMessages.FIELD_REQUIRED, row.headerOf(key));
		}
		return value;
	}

	/**
	 * Text as it should be stored: NFC with single spaces (see
	 * {@link VietnameseText#normalize}), at most {@code maxLength} characters counted as
	 * users count them (code points).
	 */
	public static String text(ImportRow row, String key, int maxLength, ImportErrors errors) {
		String value = VietnameseText.normalize(row.get(key));
		if (value == null || value.isEmpty()) {
			return null;
		}
		int length = value.codePointCount(0, value.length());
		if (length > maxLength) {
			errors.add(row.row(), key, ImportMessages.FIELD_TOO_LONG, row.headerOf(key), maxLength, length);
			return null;
		}
		return value;
	}

	/** {@link #required} and {@link #text} together, the common case for names. */
	public static String requiredText(ImportRow row, String key, int maxLength, ImportErrors errors) {
		return required(row, key, errors) == null ? null : text(row, key, maxLength, errors);
	}

	/** A whole number within {@code [min, max]}, e.g. a birth year. */
	public static Integer integer(ImportRow row, String key, int min, int max, ImportErrors errors) {
		String value = row.get(key);
		if (value == null) {
			return null;
		}
		long number;
		try {
			number = Long.parseLong(value.startsWith("+") ? value.substring(1) : value);
		}
		catch (NumberFormatException e) {
			errors.add(row.row(), key, ImportMessages.FIELD_INTEGER, row.headerOf(key), value);
			return null;
		}
		if (number < min || number > max) {
			errors.add(row.row(), key, ImportMessages.FIELD_RANGE, row.headerOf(key), value, String.valueOf(min),
					String.valueOf(max));
			return null;
		}
		return (int) number;
	}

	/**
	 * One of {@code allowed}, returned in its canonical spelling. Users may type the code
	 * in any case, with spaces for underscores and with diacritics: {@code Nữ} is
	 * {@code NU}, {@code theo dõi hằng ngày} is {@code THEO_DOI_HANG_NGAY}.
	 */
	public static String code(ImportRow row, String key, Collection<String> allowed, ImportErrors errors) {
		String value = row.get(key);
		if (value == null) {
			return null;
		}
		String code = canonical(value, allowed);
		if (code == null) {
			errors.add(row.row(), key, ImportMessages.FIELD_CODE, row.headerOf(key), value, String.join(", ", allowed));
		}
		return code;
	}

	/**
	 * Several codes separated by {@code ;} (empty parts ignored, repeats kept once, file
	 * order kept); each unknown code is its own error. An empty cell gives an empty list.
	 */
	public static List<String> codeList(ImportRow row, String key, Collection<String> allowed, ImportErrors errors) {
		String value = row.get(key);
		LinkedHashSet<String> codes = new LinkedHashSet<>();
		for (String part : splitList(value)) {
			String code = canonical(part, allowed);
			if (code == null) {
				errors.add(row.row(), key, ImportMessages.FIELD_CODE, row.headerOf(key), part,
						String.join(", ", allowed));
			}
			else {
				codes.add(code);
			}
		}
		return List.copyOf(codes);
	}

	/**
	 * Splits a {@code ;}-separated cell (e.g. several person codes) into trimmed parts.
	 */
	public static List<String> splitList(String value) {
		List<String> parts = new ArrayList<>();
		if (value != null) {
			for (String part : value.split(";")) {
				String trimmed = part.strip();
				if (!trimmed.isEmpty()) {
					parts.add(trimmed);
				}
			}
		}
		return parts;
	}

	private static String canonical(String value, Collection<String> allowed) {
		if (allowed.contains(value)) {
			return value;
		}
		String folded = VietnameseText.fold(value).toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
		return allowed.stream().filter(code -> code.equalsIgnoreCase(folded)).findFirst().orElse(null);
	}

}
