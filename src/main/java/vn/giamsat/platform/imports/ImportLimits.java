package vn.giamsat.platform.imports;

/**
 * Bounds on what an upload may cost the server, checked before and while reading.
 *
 * @param maxBytes largest file accepted (default 20 MB, matching the multipart limit)
 * @param maxRows most rows read from one file (default 1,048,576, Excel's own sheet
 * limit), a backstop against files that are small on disk but list millions of empty rows
 */
public record ImportLimits(long maxBytes, int maxRows) {

	public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

	public static final int DEFAULT_MAX_ROWS = 1_048_576;

	public static final ImportLimits DEFAULTS = new ImportLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS);

	public ImportLimits {
		if (maxBytes < 1 || maxRows < 1) {
			throw new IllegalArgumentException("limits must be positive");
		}
	}

	public static ImportLimits ofMaxBytes(long maxBytes) {
		return new ImportLimits(maxBytes, DEFAULT_MAX_ROWS);
	}

	/** The size limit in whole megabytes, as shown to users. */
	long maxMegabytes() {
		return Math.max(1, maxBytes / (1024 * 1024));
	}
}
