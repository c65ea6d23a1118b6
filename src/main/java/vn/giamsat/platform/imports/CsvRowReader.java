package vn.giamsat.platform.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 parser: quoted cells may hold delimiters, doubled quotes and line
 * breaks; records end with CRLF, LF or CR; a leading UTF-8 BOM (what Excel's "CSV UTF-8"
 * writes) is skipped. It pulls one record at a time, so memory does not grow with the
 * file.
 *
 * <p>
 * Written here rather than taken from a library because the rules that matter to users
 * are ours: malformed UTF-8 and broken quoting are reported with the row number, never
 * guessed at.
 */
final class CsvRowReader implements AutoCloseable {

	private static final int END = -1;

	private static final int NONE = -2;

	private final StrictUtf8Reader reader;

	private final char delimiter;

	private int pushedBack = NONE;

	private int row;

	private boolean started;

	CsvRowReader(InputStream in, char delimiter) {
		this.reader = new StrictUtf8Reader(in);
		this.delimiter = delimiter;
	}

	/** The file row of the record last returned (1 = the first record). */
	int row() {
		return row;
	}

	/**
	 * The next record's cells, or {@code null} at the end of the file.
	 * @throws ImportRejectedException for bytes that are not UTF-8 or broken quoting
	 */
	List<String> next() throws IOException {
		try {
			return parseRecord();
		}
		catch (CharacterCodingException e) {
			throw rejected(ImportMessages.FILE_NOT_UTF8, row);
		}
	}

	private List<String> parseRecord() throws IOException {
		row++; // before reading, so bad bytes at the very start of a record blame this
				// record
		int c = nextChar();
		if (!started) {
			started = true;
			if (c == '\uFEFF') {
				c = nextChar();
			}
		}
		if (c == END) {
			row--;
			return null;
		}
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		while (true) {
			if (c == '"' && cell.isEmpty()) {
				c = readQuoted(cell);
			}
			else {
				while (c != END && c != delimiter && c != '\n' && c != '\r') {
					cell.append((char) c);
					c = nextChar();
				}
			}
			cells.add(cell.toString());
			cell.setLength(0);
			if (c == delimiter) {
				c = nextChar();
				continue;
			}
			if (c == '\r') {
				int after = nextChar();
				if (after != '\n') {
					pushedBack = after;
				}
			}
			return cells;
		}
	}

	/**
	 * Reads a quoted cell whose opening quote was just seen; returns the character after
	 * it.
	 */
	private int readQuoted(StringBuilder cell) throws IOException {
		int startRow = row;
		while (true) {
			int c = nextChar();
			if (c == END) {
				throw rejected(ImportMessages.CSV_UNCLOSED_QUOTE, startRow);
			}
			if (c != '"') {
				cell.append((char) c);
				continue;
			}
			int after = nextChar();
			if (after == '"') {
				cell.append('"');
			}
			else if (after == delimiter || after == '\n' || after == '\r' || after == END) {
				return after;
			}
			else {
				throw rejected(ImportMessages.CSV_BAD_QUOTE, startRow);
			}
		}
	}

	private int nextChar() throws IOException {
		if (pushedBack != NONE) {
			int c = pushedBack;
			pushedBack = NONE;
			return c;
		}
		return reader.read();
	}

	private static ImportRejectedException rejected(String code, int row) {
		return new ImportRejectedException(List.of(new ImportError(row, null, code, row)));
	}

	@Override
	public void close() throws IOException {
		reader.close();
	}

}
