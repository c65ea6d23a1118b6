package vn.giamsat.platform.imports;

import java.util.List;

/**
 * What a dataset supplies to {@link TwoPassImport}: how to parse a row, what to check
 * across rows, and how to write a batch. Parsing runs in both passes, so it must not keep
 * state; state that spans rows (seen keys, referenced codes) belongs in {@link #check},
 * which runs in pass 1 only.
 *
 * @param <T> the parsed form of one row, e.g. a small record of typed values
 */
public interface ImportHandler<T> {

	/**
	 * Validates one row with {@link Fields} and returns its parsed form. Record every
	 * problem in {@code errors}; the returned value of a row with errors is ignored.
	 */
	T parse(ImportRow row, ImportErrors errors);

	/**
	 * Pass 1 only, after {@link #parse} of every row, even one with errors (so a
	 * duplicate code is reported together with the row's other mistakes; {@code value}
	 * may then hold nulls): cross-row rules such as duplicate codes ({@link UniqueKeys})
	 * or collecting referenced codes for {@link #afterValidation}. Keep only small data
	 * here (keys), never whole rows.
	 */
	default void check(ImportRow row, T value, ImportErrors errors) {
	}

	/**
	 * End of pass 1, before anything is written: e.g. look the referenced codes up in the
	 * database in one query and record the unknown ones.
	 */
	default void afterValidation(ImportErrors errors) {
	}

	/** Pass 2: writes parsed rows, in file order, a batch at a time. */
	void write(List<T> batch);

}
