package vn.giamsat.platform.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects errors while a file is validated, so validators record and go on rather than
 * stop at the first mistake. It keeps at most a fixed number (default 10,000): a wholly
 * wrong 100,000-row file would otherwise hold hundreds of thousands of errors in memory,
 * and nobody reads past the first few thousand. Past the cap a file-level
 * {@code import.errors.truncated} error is appended once and {@link #isFull()} tells the
 * reader to stop.
 */
public final class ImportErrors {

	public static final int DEFAULT_CAP = 10_000;

	private final List<ImportError> errors = new ArrayList<>();

	private final int cap;

	private boolean truncated;

	public ImportErrors() {
		this(DEFAULT_CAP);
	}

	public ImportErrors(int cap) {
		if (cap < 1) {
			throw new IllegalArgumentException("cap < 1");
		}
		this.cap = cap;
	}

	public void add(ImportError error) {
		if (errors.size() < cap) {
			errors.add(error);
		}
		else if (!truncated) {
			truncated = true;
			errors.add(ImportError.ofFile(ImportMessages.ERRORS_TRUNCATED, cap));
		}
	}

	/** Records an error on a cell. */
	public void add(int row, String column, String messageCode, Object... args) {
		add(new ImportError(row, column, messageCode, args));
	}

	/** Records an error about the whole file. */
	public void addFile(String messageCode, Object... args) {
		add(ImportError.ofFile(messageCode, args));
	}

	public boolean hasErrors() {
		return !errors.isEmpty();
	}

	/** How many errors are recorded; validators compare it before and after a row. */
	public int count() {
		return errors.size();
	}

	/** True once the cap is reached: reading further would only burn time. */
	public boolean isFull() {
		return truncated;
	}

	public List<ImportError> list() {
		return Collections.unmodifiableList(errors);
	}

	/**
	 * Ends pass 1: nothing may be written if anything was recorded. The exception lists
	 * errors by row (file-level first), in recording order within a row, as users fix a
	 * file top down.
	 */
	public void throwIfAny() {
		if (hasErrors()) {
			List<ImportError> sorted = new ArrayList<>(errors);
			sorted.sort(java.util.Comparator.comparingInt(ImportError::row)); // stable
			throw new ImportRejectedException(sorted);
		}
	}

}
