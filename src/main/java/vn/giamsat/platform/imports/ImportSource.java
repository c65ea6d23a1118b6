package vn.giamsat.platform.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An uploaded file on local disk, so that it can be read twice (validate, then write)
 * without holding it in memory, and so that POI can open an XLSX by random access instead
 * of buffering the whole ZIP. A spooled copy is a temporary file deleted on
 * {@link #close()}: use it in try-with-resources.
 *
 * <pre>{@code
 * try (ImportSource source = ImportSource.spool(multipart.getInputStream(),
 *         multipart.getOriginalFilename(), ImportLimits.DEFAULTS)) {
 *     ...
 * }
 * }</pre>
 */
public final class ImportSource implements AutoCloseable {

	private final Path path;

	private final String originalName;

	private final boolean temporary;

	private ImportSource(Path path, String originalName, boolean temporary) {
		this.path = path;
		this.originalName = originalName;
		this.temporary = temporary;
	}

	/**
	 * Copies {@code in} to a temporary file (readable by the owner only, as uploads hold
	 * personal data), stopping as soon as it exceeds {@code limits.maxBytes()} so an
	 * oversized upload never fills the disk. Does not close {@code in}.
	 * @throws ImportRejectedException {@code import.file.tooLarge} when over the limit
	 */
	public static ImportSource spool(InputStream in, String originalName, ImportLimits limits) throws IOException {
		Path temp = Files.createTempFile("giamsat-import-", ".upload");
		try (OutputStream out = Files.newOutputStream(temp)) {
			byte[] buffer = new byte[64 * 1024];
			long total = 0;
			for (int n; (n = in.read(buffer)) > 0;) {
				total += n;
				if (total > limits.maxBytes()) {
					throw ImportRejectedException.ofFile(ImportMessages.FILE_TOO_LARGE, limits.maxMegabytes());
				}
				out.write(buffer, 0, n);
			}
		}
		catch (IOException | RuntimeException e) {
			Files.deleteIfExists(temp);
			throw e;
		}
		return new ImportSource(temp, originalName, true);
	}

	/** A file that already exists and is left in place on close (tests, batch jobs). */
	public static ImportSource ofFile(Path path, String originalName) {
		return new ImportSource(path, originalName, false);
	}

	public Path path() {
		return path;
	}

	/** The name the user's browser sent, possibly {@code null}; used only as a hint. */
	public String originalName() {
		return originalName;
	}

	public long size() {
		try {
			return Files.size(path);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public InputStream open() throws IOException {
		return Files.newInputStream(path);
	}

	@Override
	public void close() throws IOException {
		if (temporary) {
			Files.deleteIfExists(path);
		}
	}

}
