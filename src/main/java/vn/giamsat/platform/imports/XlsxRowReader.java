package vn.giamsat.platform.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX with POI's SAX event API: rows are handed over as they
 * are parsed, so a 100,000-row sheet costs the memory of its shared strings, not of a
 * workbook model (XSSFWorkbook would need roughly a hundred times the file size).
 */
final class XlsxRowReader {

	/**
	 * Columns past this are ignored; no dataset has that many, and a crafted far-right
	 * cell would otherwise make every row a huge list of blanks.
	 */
	static final int MAX_COLUMNS = 1024;

	static {
		// POI only offers JVM-wide settings. 0.01 (a part may expand 100x at most) is
		// POI's own
		// zip-bomb default, restated so nobody lowers it elsewhere unnoticed; entries are
		// capped
		// at 512 MiB, far above a 20 MB upload's honest sheet XML and below what hurts
		// the heap.
		ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), 0.01));
		ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), 512L << 20));
	}

	private XlsxRowReader() {
	}

	/**
	 * Applies the JVM-wide zip-bomb settings above (by initialising this class) before
	 * another OOXML reader opens a package.
	 */
	static void secureZip() {
		// the static initialiser has run once this method is reached
	}

	static void read(Path file, TabularFileReader.RowHandler handler) throws IOException {
		OoxmlPackages.read(file, ImportMessages.FILE_NOT_WORKBOOK, pkg -> parseFirstSheet(pkg, handler));
	}

	private static void parseFirstSheet(OPCPackage pkg, TabularFileReader.RowHandler handler) throws Exception {
		XSSFReader reader = new XSSFReader(pkg);
		ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
		Iterator<InputStream> sheets = reader.getSheetsData();
		if (!sheets.hasNext()) {
			throw ImportRejectedException.ofFile(ImportMessages.FILE_NOT_WORKBOOK);
		}
		try (InputStream sheet = sheets.next()) {
			XMLReader parser = XMLHelper.newXMLReader();
			parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, new Rows(handler),
					new IsoDateFormatter(), false));
			parser.parse(new InputSource(sheet));
		}
	}

	/** Turns POI's cell events into one list per row, blanks where cells are missing. */
	private static final class Rows implements SheetContentsHandler {

		private final TabularFileReader.RowHandler handler;

		private final List<String> cells = new ArrayList<>();

		private int nextColumn;

		Rows(TabularFileReader.RowHandler handler) {
			this.handler = handler;
		}

		@Override
		public void startRow(int rowNum) {
			cells.clear();
			nextColumn = 0;
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = reference == null ? nextColumn : new CellReference(reference).getCol();
			nextColumn = column + 1;
			if (column >= MAX_COLUMNS) {
				return;
			}
			while (cells.size() < column) {
				cells.add(null);
			}
			if (column < cells.size()) {
				cells.set(column, value);
			}
			else {
				cells.add(value);
			}
		}

		@Override
		public void endRow(int rowNum) {
			try {
				handler.row(rowNum + 1, new ArrayList<>(cells));
			}
			catch (RuntimeException e) {
				throw new OoxmlPackages.HandlerFailure(e);
			}
		}

	}

}
