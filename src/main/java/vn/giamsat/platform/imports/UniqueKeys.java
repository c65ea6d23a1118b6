package vn.giamsat.platform.imports;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import vn.giamsat.shared.text.VietnameseText;

/**
 * Finds a key (usually the code {@code ma}) used twice in one file. Re-importing a file
 * updates rows by key, so two rows with one key would silently overwrite each other; the
 * error names the row where the key first appeared so the user can decide which one is
 * right.
 *
 * <p>
 * Keeps one small entry per key (the key and a row number), which is what lets pass 1 of
 * a 100,000-row file stay small. Not thread-safe: one instance per import.
 */
public final class UniqueKeys {

	private final Map<String, Integer> firstRow = new HashMap<>();

	private final UnaryOperator<String> normalizer;

	/** Keys compared exactly as typed (after trimming). */
	public UniqueKeys() {
		this(UnaryOperator.identity());
	}

	private UniqueKeys(UnaryOperator<String> normalizer) {
		this.normalizer = normalizer;
	}

	/** Keys compared ignoring case, diacritics and extra spaces. */
	public static UniqueKeys folded() {
		return new UniqueKeys(VietnameseText::fold);
	}

	/**
	 * Remembers {@code row}'s value of column {@code key}; records an error if an earlier
	 * row had it. A blank value is ignored.
	 * @return whether the value was new
	 */
	public boolean add(ImportRow row, String key, ImportErrors errors) {
		String value = row.get(key);
		if (value == null) {
			return true;
		}
		Integer first = firstRow.putIfAbsent(normalizer.apply(value), row.row());
		if (first != null) {
			errors.add(row.row(), key, ImportMessages.FIELD_DUPLICATE, row.headerOf(key), value, first);
			return false;
		}
		return true;
	}

	/**
	 * Whether a key occurred, e.g. to accept a parent code defined further down the file.
	 */
	public boolean contains(String value) {
		return value != null && firstRow.containsKey(normalizer.apply(value));
	}

	public int size() {
		return firstRow.size();
	}

}
