package vn.giamsat.platform.imports;

import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a file as rows of a dataset: finds the header (the first non-blank row), matches
 * it to the declared {@link ImportColumns}, then hands every non-blank data row over as
 * an {@link ImportRow}. Header problems reject the file at once, since no row can be read
 * meaningfully without its columns.
 *
 * <p>
 * Stateless and thread-safe; share one instance.
 */
public final class ImportReader {

	private final TabularFileReader files;

	public ImportReader() {
		this(new TabularFileReader());
	}

	public ImportReader(TabularFileReader files) {
		this.files = files;
	}

	/**
	 * Streams the data rows of {@code source} to {@code consumer}.
	 * @return the number of data rows handed over
	 * @throws ImportRejectedException for file or header errors, or whatever the consumer
	 * throws
	 */
	public int forEachRow(ImportSource source, ImportColumns columns, Consumer<ImportRow> consumer) {
		int[] dataRows = { 0 };
		HeaderMap[] header = { null };
		files.read(source, columns::recognises, (rowNumber, cells) -> {
			if (isBlank(cells)) {
				return;
			}
			if (header[0] == null) {
				ImportErrors errors = new ImportErrors();
				header[0] = columns.match(rowNumber, cells, errors);
				errors.throwIfAny();
				return;
			}
			dataRows[0]++;
			consumer.accept(new ImportRow(rowNumber, cells, header[0]));
		});
		if (header[0] == null) {
			throw ImportRejectedException.ofFile(ImportMessages.FILE_NO_HEADER);
		}
		return dataRows[0];
	}

	private static boolean isBlank(List<String> cells) {
		for (String cell : cells) {
			if (cell != null && HeaderMap.trim(cell) != null) {
				return false;
			}
		}
		return true;
	}

}
