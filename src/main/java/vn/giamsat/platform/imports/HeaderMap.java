package vn.giamsat.platform.imports;

import java.util.List;
import java.util.Map;

/**
 * Where each declared column sits in one particular file, as found in its header row.
 * Immutable and small, so every {@link ImportRow} of the file can point to it.
 */
public final class HeaderMap {

	private final ImportColumns columns;

	private final int headerRow;

	private final Map<String, Integer> index;

	HeaderMap(ImportColumns columns, int headerRow, Map<String, Integer> index) {
		this.columns = columns;
		this.headerRow = headerRow;
		this.index = Map.copyOf(index);
	}

	/** Whether the file has this column at all (an optional column may be absent). */
	public boolean has(String key) {
		return index.containsKey(key);
	}

	/** The file row of the header, normally 1. */
	public int headerRow() {
		return headerRow;
	}

	public ImportColumns columns() {
		return columns;
	}

	/** Cell of {@code key} in a raw row, trimmed, {@code null} when absent or blank. */
	String cell(String key, List<String> cells) {
		Integer i = index.get(key);
		if (i == null) {
			if (columns.byKey(key).isEmpty()) {
				throw new IllegalArgumentException("undeclared column " + key);
			}
			return null;
		}
		if (i >= cells.size() || cells.get(i) == null) {
			return null;
		}
		return trim(cells.get(i));
	}

	/**
	 * Also trims no-break spaces, which {@link String#strip()} keeps and Excel users
	 * paste.
	 */
	static String trim(String value) {
		int start = 0;
		int end = value.length();
		while (start < end && isSpace(value.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(value.charAt(end - 1))) {
			end--;
		}
		return start == end ? null : value.substring(start, end);
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
	}

}
