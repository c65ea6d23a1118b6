package vn.giamsat.platform.imports;

import java.util.List;

/**
 * Thrown when an import must write nothing: carries every error found so the user can fix
 * the whole file in one go instead of discovering mistakes one upload at a time. The web
 * layer maps it to 422 with each error's message resolved; it is a user mistake, never a
 * 5xx.
 */
public class ImportRejectedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<ImportError> errors;

	public ImportRejectedException(List<ImportError> errors) {
		// The message is a diagnostic list of codes for logs, not text for users.
		super(errors.size() + " " + errors.subList(0, Math.min(errors.size(), 5)), null, false, false);
		this.errors = List.copyOf(errors);
	}

	/** A rejection for a single problem with the file as a whole. */
	public static ImportRejectedException ofFile(String messageCode, Object... args) {
		return new ImportRejectedException(List.of(ImportError.ofFile(messageCode, args)));
	}

	public List<ImportError> errors() {
		return errors;
	}

}
