package vn.giamsat.platform.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Streams the rows of an uploaded {@code .xlsx} (first sheet) or {@code .csv} (UTF-8,
 * header row, RFC 4180) — and, for a reader built {@link #withWordTables()}, the data
 * table of a {@code .docx} — one row at a time, never the whole file in memory. The real
 * type comes from the file's first bytes, not its name. Every problem a user can cause is
 * an {@link ImportRejectedException} with a message code, so the web layer answers 422,
 * never 500.
 *
 * <p>
 * Stateless and thread-safe; share one instance.
 */
public final class TabularFileReader {

	/**
	 * Receives each row as it is read, blank rows included, with its row number in the
	 * file.
	 */
	@FunctionalInterface
	public interface RowHandler {

		/**
		 * @param rowNumber the row as the user sees it, starting at 1
		 * @param cells cell texts left to right, {@code null} or "" for empty cells
		 */
		void row(int rowNumber, List<String> cells);

	}

	private final ImportLimits limits;

	private final boolean wordTables;

	public TabularFileReader() {
		this(ImportLimits.DEFAULTS);
	}

	public TabularFileReader(ImportLimits limits) {
		this(limits, false);
	}

	/**
	 * @param wordTables whether a Word document ({@code .docx}) is read by its data table
	 * (see {@link DocxTableReader}); otherwise it is refused like any other ZIP that is
	 * not a workbook
	 */
	public TabularFileReader(ImportLimits limits, boolean wordTables) {
		this.limits = limits;
		this.wordTables = wordTables;
	}

	/** A reader that also accepts the data table of a Word document. */
	public static TabularFileReader withWordTables() {
		return new TabularFileReader(ImportLimits.DEFAULTS, true);
	}

	public boolean readsWordTables() {
		return wordTables;
	}

	public ImportLimits limits() {
		return limits;
	}

	/**
	 * Reads every row of {@code source} into {@code handler}. An exception thrown by the
	 * handler stops reading and propagates unchanged.
	 * @throws ImportRejectedException when the file cannot be accepted (type, size,
	 * encoding, quoting, too many rows)
	 */
	public void read(ImportSource source, RowHandler handler) {
		read(source, null, handler);
	}

	/**
	 * Like {@link #read(ImportSource, RowHandler)}; {@code isHeader} tells a Word
	 * document's data table from layout tables before it (ignored for XLSX and CSV).
	 */
	public void read(ImportSource source, java.util.function.Predicate<List<String>> isHeader, RowHandler handler) {
		RowHandler counting = new RowHandler() {
			private int rows;

			@Override
			public void row(int rowNumber, List<String> cells) {
				if (++rows > limits.maxRows()) {
					throw ImportRejectedException.ofFile(ImportMessages.FILE_TOO_MANY_ROWS, limits.maxRows());
				}
				handler.row(rowNumber, cells);
			}
		};
		try {
			FileSniffer.Sniffed sniffed = FileSniffer.sniff(source, limits);
			if (sniffed.kind() == FileSniffer.Kind.XLSX) {
				XlsxRowReader.read(source.path(), counting);
			}
			else if (sniffed.kind() == FileSniffer.Kind.DOCX) {
				if (!wordTables) {
					throw ImportRejectedException.ofFile(ImportMessages.FILE_NOT_WORKBOOK);
				}
				DocxTableReader.read(source.path(), isHeader, counting);
			}
			else {
				readCsv(source, FileSniffer.guessDelimiter(sniffed.head()), counting);
			}
		}
		catch (IOException e) {
			// The upload was spooled to local disk: failing to read it back is the
			// server's fault.
			throw new UncheckedIOException(e);
		}
	}

	private static void readCsv(ImportSource source, char delimiter, RowHandler handler) throws IOException {
		try (InputStream in = source.open(); CsvRowReader csv = new CsvRowReader(in, delimiter)) {
			for (List<String> cells; (cells = csv.next()) != null;) {
				handler.row(csv.row(), cells);
			}
		}
	}

}
