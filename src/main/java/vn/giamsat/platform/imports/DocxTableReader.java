package vn.giamsat.platform.imports;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the data table of a Word document ({@code .docx}) as rows, for datasets that
 * accept the tables people keep in Word (lists typed into the administrative document
 * layout). Streams {@code word/document.xml} with SAX, so a long table costs no document
 * model.
 *
 * <p>
 * Which table: Vietnamese official documents usually open with a borderless layout table
 * (issuing body | national motto), so the first top-level table with a row the dataset
 * recognises as its header (within its first {@value #HEADER_SEARCH_ROWS} non-blank rows)
 * is read, and the tables after it are ignored. Without a hint the first table is read.
 * Rows are numbered within that table (its first row is 1), which is what a user counts
 * in Word. A cell spanning several grid columns ({@code gridSpan}) fills them with blanks
 * after its text; a vertically merged continuation cell is blank. Paragraphs inside a
 * cell are joined by line breaks; nested tables add their text to the enclosing cell.
 */
final class DocxTableReader {

	static final int HEADER_SEARCH_ROWS = 5;

	private DocxTableReader() {
	}

	/**
	 * @param isHeader recognises the dataset's header row, or {@code null} to take the
	 * first table
	 * @throws ImportRejectedException {@code import.file.docxNoTable} when the document
	 * has no table, {@code import.file.notDocument} when it cannot be read
	 */
	static void read(Path file, Predicate<List<String>> isHeader, TabularFileReader.RowHandler handler) {
		OoxmlPackages.read(file, ImportMessages.FILE_NOT_DOCUMENT, pkg -> {
			PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
			if (rels.size() == 0) {
				throw ImportRejectedException.ofFile(ImportMessages.FILE_NOT_DOCUMENT);
			}
			PackagePart main = pkg.getPart(rels.getRelationship(0));
			if (main == null) {
				throw ImportRejectedException.ofFile(ImportMessages.FILE_NOT_DOCUMENT);
			}
			Tables tables = new Tables(isHeader, handler);
			try (InputStream in = main.getInputStream()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(tables);
				parser.parse(new InputSource(in));
			}
			catch (Done done) {
				// the data table has ended: later tables are not read
			}
			tables.finish();
		});
	}

	/** Stops the parser once the data table is complete. */
	private static final class Done extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Done() {
			super(null, null, false, false);
		}

	}

	private static final class Tables extends DefaultHandler {

		private enum Mode {

			SEARCHING, EMITTING

		}

		private final Predicate<List<String>> isHeader;

		private final TabularFileReader.RowHandler handler;

		private Mode mode = Mode.SEARCHING;

		private int depth;

		private int tables;

		private int rowInTable;

		private int nonBlankRowsSeen;

		private List<String> cells;

		private StringBuilder cell;

		private int span;

		private boolean inText;

		private boolean paragraphOpen;

		/**
		 * The first non-blank row of the first table, handed over when no table has a
		 * recognisable header so the engine can say which columns it expected.
		 */
		private List<String> fallback;

		private int fallbackRow;

		Tables(Predicate<List<String>> isHeader, TabularFileReader.RowHandler handler) {
			this.isHeader = isHeader;
			this.handler = handler;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			String name = localName(localName, qName);
			switch (name) {
				case "tbl" -> {
					depth++;
					if (depth == 1) {
						tables++;
						rowInTable = 0;
						nonBlankRowsSeen = 0;
					}
				}
				case "tr" -> {
					if (depth == 1) {
						rowInTable++;
						cells = new ArrayList<>();
					}
				}
				case "tc" -> {
					if (depth == 1 && cells != null) {
						cell = new StringBuilder();
						span = 1;
						paragraphOpen = false;
					}
				}
				case "gridSpan" -> {
					if (depth == 1 && cell != null) {
						span = parseSpan(attribute(attributes, "val"));
					}
				}
				case "p" -> {
					if (cell != null) {
						if (paragraphOpen || !cell.isEmpty()) {
							cell.append('\n');
						}
						paragraphOpen = true;
					}
				}
				case "t" -> inText = cell != null;
				case "tab" -> {
					if (cell != null) {
						cell.append(' ');
					}
				}
				case "br", "cr" -> {
					if (cell != null) {
						cell.append('\n');
					}
				}
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (inText && cell != null) {
				cell.append(ch, start, length);
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			String name = localName(localName, qName);
			switch (name) {
				case "t" -> inText = false;
				case "tc" -> {
					if (depth == 1 && cell != null) {
						if (cells.size() < XlsxRowReader.MAX_COLUMNS) {
							cells.add(cell.toString().strip());
							for (int i = 1; i < span && cells.size() < XlsxRowReader.MAX_COLUMNS; i++) {
								cells.add("");
							}
						}
						cell = null;
					}
				}
				case "tr" -> {
					if (depth == 1 && cells != null) {
						List<String> row = cells;
						cells = null;
						row(row);
					}
				}
				case "tbl" -> {
					depth--;
					if (depth == 0 && mode == Mode.EMITTING) {
						throw new Done();
					}
				}
				default -> {
				}
			}
		}

		private void row(List<String> row) {
			boolean blank = row.stream().allMatch(String::isEmpty);
			if (mode == Mode.EMITTING) {
				emit(row);
				return;
			}
			if (blank || nonBlankRowsSeen >= HEADER_SEARCH_ROWS) {
				return;
			}
			nonBlankRowsSeen++;
			if (fallback == null) {
				fallback = row;
				fallbackRow = rowInTable;
			}
			if (isHeader == null || isHeader.test(row)) {
				mode = Mode.EMITTING;
				emit(row);
			}
		}

		private void emit(List<String> row) {
			try {
				handler.row(rowInTable, row);
			}
			catch (RuntimeException e) {
				throw new OoxmlPackages.HandlerFailure(e);
			}
		}

		void finish() {
			if (tables == 0) {
				throw ImportRejectedException.ofFile(ImportMessages.FILE_DOCX_NO_TABLE);
			}
			if (mode == Mode.SEARCHING && fallback != null) {
				handler.row(fallbackRow, fallback);
			}
		}

		private static String localName(String localName, String qName) {
			if (localName != null && !localName.isEmpty()) {
				return localName;
			}
			int colon = qName.indexOf(':');
			return colon < 0 ? qName : qName.substring(colon + 1);
		}

		private static String attribute(Attributes attributes, String local) {
			for (int i = 0; i < attributes.getLength(); i++) {
				if (local.equals(localName(attributes.getLocalName(i), attributes.getQName(i)))) {
					return attributes.getValue(i);
				}
			}
			return null;
		}

		private static int parseSpan(String value) {
			try {
				return Math.max(1, Math.min(XlsxRowReader.MAX_COLUMNS, Integer.parseInt(value.strip())));
			}
			catch (RuntimeException e) {
				return 1;
			}
		}

	}

}
