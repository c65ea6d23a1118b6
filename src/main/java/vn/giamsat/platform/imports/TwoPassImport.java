package vn.giamsat.platform.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * All-or-nothing import of a large file without holding it in memory: pass 1 streams the
 * file and validates every row (keeping only what {@link ImportHandler#check} keeps);
 * only if no error was found, pass 2 streams the same spooled file again and writes in
 * batches.
 *
 * <p>
 * "Nothing written" on a write failure still needs a transaction around {@link #run}:
 * call it from a {@code @Transactional} method (or a {@code TransactionTemplate}) so that
 * an exception in a later batch rolls back the earlier ones.
 *
 * <pre>{@code
 * try (ImportSource source = ImportSource.spool(in, fileName, ImportLimits.DEFAULTS)) {
 *     int rows = new TwoPassImport(reader).run(source, UNITS, new UnitRows(repository), 500);
 * }
 * }</pre>
 */
public final class TwoPassImport {

	public static final int DEFAULT_BATCH_SIZE = 500;

	private final ImportReader reader;

	public TwoPassImport() {
		this(new ImportReader());
	}

	public TwoPassImport(ImportReader reader) {
		this.reader = reader;
	}

	/**
	 * An import that also reads the data table of a Word document ({@code .docx}); a
	 * dataset using it should say so with {@link ImportDataset#acceptsWordTables()}.
	 */
	public static TwoPassImport acceptingWordTables() {
		return new TwoPassImport(new ImportReader(TabularFileReader.withWordTables()));
	}

	/**
	 * @return the number of data rows written
	 * @throws ImportRejectedException with every error found; nothing was written then
	 */
	public <T> int run(ImportSource source, ImportColumns columns, ImportHandler<T> handler, int batchSize) {
		ImportErrors errors = new ImportErrors();
		int rows = reader.forEachRow(source, columns, row -> {
			handler.check(row, handler.parse(row, errors), errors);
			if (errors.isFull()) {
				errors.throwIfAny(); // enough to show; reading on would only burn time
			}
		});
		if (rows == 0) {
			errors.addFile(ImportMessages.FILE_NO_ROWS);
		}
		else if (!errors.isFull()) {
			// Even after row errors: unknown references belong in the same report.
			handler.afterValidation(errors);
		}
		errors.throwIfAny();
		return write(source, columns, handler, Math.max(1, batchSize));
	}

	private <T> int write(ImportSource source, ImportColumns columns, ImportHandler<T> handler, int batchSize) {
		List<T> batch = new ArrayList<>(batchSize);
		int[] written = { 0 };
		reader.forEachRow(source, columns, row -> {
			ImportErrors again = new ImportErrors();
			T value = handler.parse(row, again);
			if (again.hasErrors()) {
				// Pass 1 accepted this row: parse is not deterministic, or the file
				// changed.
				throw new IllegalStateException("row " + row.row() + " changed between passes");
			}
			batch.add(value);
			if (batch.size() == batchSize) {
				handler.write(Collections.unmodifiableList(new ArrayList<>(batch)));
				written[0] += batch.size();
				batch.clear();
			}
		});
		if (!batch.isEmpty()) {
			handler.write(Collections.unmodifiableList(new ArrayList<>(batch)));
			written[0] += batch.size();
		}
		return written[0];
	}

}
