package vn.giamsat.platform.exports;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of an exported list: its header (already translated by the caller, who knows
 * the locale), how to get the value from a row and how to show it.
 *
 * <pre>{@code
 * List<ExportColumn<PersonRow>> columns = List.of(
 *         ExportColumn.text(msg("people.code"), PersonRow::code),
 *         ExportColumn.text(msg("people.name"), PersonRow::fullName).width(30),
 *         ExportColumn.integer(msg("people.birthYear"), PersonRow::birthYear),
 *         ExportColumn.date(msg("people.joined"), PersonRow::joinedOn));
 * }</pre>
 *
 * @param width in characters; 0 means "from the header's length"
 */
public record ExportColumn<T>(String header, Kind kind, int width, Function<? super T, ?> value) {

	/** How a value is written; it decides the cell type and number format. */
	public enum Kind {

		/** Any value, written with {@code toString()}. */
		TEXT,
		/**
		 * A whole {@link Number}, format {@code 0} (no grouping: years and codes read
		 * better).
		 */
		INTEGER,
		/** A {@link Number} with two decimals and grouping. */
		DECIMAL,
		/**
		 * A {@link java.time.LocalDate}, format {@code dd/MM/yyyy} as Vietnamese readers
		 * expect.
		 */
		DATE,
		/**
		 * A {@link java.time.LocalDateTime} or {@link java.time.OffsetDateTime} (local
		 * time).
		 */
		DATE_TIME

	}

	public ExportColumn {
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(value, "value");
	}

	public static <T> ExportColumn<T> text(String header, Function<? super T, ?> value) {
		return new ExportColumn<>(header, Kind.TEXT, 0, value);
	}

	public static <T> ExportColumn<T> integer(String header, Function<? super T, ? extends Number> value) {
		return new ExportColumn<>(header, Kind.INTEGER, 0, value);
	}

	public static <T> ExportColumn<T> decimal(String header, Function<? super T, ? extends Number> value) {
		return new ExportColumn<>(header, Kind.DECIMAL, 0, value);
	}

	public static <T> ExportColumn<T> date(String header, Function<? super T, ?> value) {
		return new ExportColumn<>(header, Kind.DATE, 0, value);
	}

	public static <T> ExportColumn<T> dateTime(String header, Function<? super T, ?> value) {
		return new ExportColumn<>(header, Kind.DATE_TIME, 0, value);
	}

	/** The same column with a width in characters. */
	public ExportColumn<T> width(int characters) {
		return new ExportColumn<>(header, kind, characters, value);
	}
}
