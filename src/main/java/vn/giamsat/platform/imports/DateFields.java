package vn.giamsat.platform.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * Date cells. The contract's format is {@code yyyy-MM-dd}, but Vietnamese users type
 * {@code dd/MM/yyyy} (the national convention), so both are accepted; nothing else is,
 * because {@code 03/04/2025} read the American way would silently become another date.
 * Excel date cells already arrive as {@code yyyy-MM-dd} from the reader, whatever their
 * display format.
 */
public final class DateFields {

	private static final List<DateTimeFormatter> FORMATS = List.of(
			DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

	private DateFields() {
	}

	/**
	 * The date in the cell, {@code null} when blank or invalid (then an error is
	 * recorded).
	 */
	public static LocalDate date(ImportRow row, String key, ImportErrors errors) {
		String value = row.get(key);
		if (value == null) {
			return null;
		}
		LocalDate date = parse(value);
		if (date == null) {
			errors.add(row.row(), key, ImportMessages.FIELD_DATE, row.headerOf(key), value);
		}
		return date;
	}

	/** Parses either accepted format, or returns {@code null}. */
	public static LocalDate parse(String value) {
		for (DateTimeFormatter format : FORMATS) {
			try {
				return LocalDate.parse(value.strip(), format);
			}
			catch (DateTimeParseException e) {
				// try the next format
			}
		}
		return null;
	}

	/**
	 * Records an error on the {@code toKey} column when {@code to} is before
	 * {@code from}; does nothing when either is missing (their own validators have
	 * spoken).
	 * @return whether the order is acceptable
	 */
	public static boolean order(ImportRow row, String fromKey, LocalDate from, String toKey, LocalDate to,
			ImportErrors errors) {
		if (from == null || to == null || !to.isBefore(from)) {
			return true;
		}
		errors.add(row.row(), toKey, ImportMessages.FIELD_DATE_ORDER, row.headerOf(fromKey), row.get(fromKey),
				row.headerOf(toKey), row.get(toKey));
		return false;
	}

}
