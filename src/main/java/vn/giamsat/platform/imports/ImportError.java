package vn.giamsat.platform.imports;

import java.util.Arrays;
import java.util.List;

/**
 * One reason an import is refused, kept as a message code plus arguments so that the web
 * layer renders it in the user's language (Vietnamese by default) through Spring's
 * MessageSource; the texts live in {@code messages/imports*.properties}, never in Java.
 *
 * @param row row number as the user sees it in the file (header = 1), or 0 for the file
 * @param column the dataset's column key ({@code ma_don_vi}), or {@code null}
 * @param messageCode key in {@code messages/imports.properties}
 * @param args {@link java.text.MessageFormat} arguments of that message
 */
public record ImportError(int row, String column, String messageCode, Object... args) {

	public ImportError {
		args = args == null ? new Object[0] : args.clone();
	}

	/** An error about the file as a whole (type, size, header). */
	public static ImportError ofFile(String messageCode, Object... args) {
		return new ImportError(0, null, messageCode, args);
	}

	@Override
	public Object[] args() {
		return args.clone();
	}

	/** The arguments as an unmodifiable list, for assertions and JSON. */
	public List<Object> argList() {
		return List.of(args);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof ImportError e && row == e.row && java.util.Objects.equals(column, e.column)
				&& messageCode.equals(e.messageCode) && Arrays.equals(args, e.args);
	}

	@Override
	public int hashCode() {
		return (row * 31 + java.util.Objects.hashCode(column)) * 31 + messageCode.hashCode();
	}

	@Override
	public String toString() {
		return row + ":" + column + ":" + messageCode + Arrays.toString(args);
	}
}
