package vn.giamsat.platform.imports;

/**
 * What a column holds, so the template's guide sheet can tell users how to type it.
 * Validation stays with the dataset (it calls {@link Fields}), since rules differ per
 * column.
 */
public enum ColumnType {

	/** Free text, at most {@link ImportColumn#maxLength()} characters. */
	TEXT,
	/**
	 * One code from {@link ImportColumn#allowed()} (or a code of earlier imported data).
	 */
	CODE,
	/** Several codes separated by {@code ;}. */
	CODE_LIST,
	/** A date, {@code yyyy-MM-dd} or {@code dd/MM/yyyy}. */
	DATE,
	/** A whole number such as a year. */
	INTEGER

}
