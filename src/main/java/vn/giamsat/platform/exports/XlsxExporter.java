package vn.giamsat.platform.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a list as an XLSX, behind every list page's "Xuất Excel": a title row, a bold,
 * frozen header row with an autofilter, then one typed row per item. It uses POI's SXSSF,
 * which keeps only a small window of rows in memory and flushes the rest to a compressed
 * temporary file, so exporting 100,000 rows costs the same heap as 100.
 *
 * <pre>{@code
 * response.setContentType(XlsxExporter.CONTENT_TYPE);
 * try (Stream<PersonRow> rows = people.streamForExport(filter)) {
 *     exporter.export(msg("people.title"), title, columns, rows, response.getOutputStream());
 * }
 * }</pre>
 *
 * <p>
 * Stateless and thread-safe.
 */
public final class XlsxExporter {

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/**
	 * Rows kept in memory before SXSSF flushes; enough for styles, small enough for 2
	 * cores.
	 */
	private static final int WINDOW = 200;

	/** Writes rows from a stream (e.g. a JDBC cursor); does not close the stream. */
	public <T> void export(String sheetName, String title, List<ExportColumn<T>> columns, Stream<? extends T> rows,
			OutputStream out) throws IOException {
		export(sheetName, title, columns, rows.iterator(), out);
	}

	public <T> void export(String sheetName, String title, List<ExportColumn<T>> columns, Iterable<? extends T> rows,
			OutputStream out) throws IOException {
		export(sheetName, title, columns, rows.iterator(), out);
	}

	private <T> void export(String sheetName, String title, List<ExportColumn<T>> columns, Iterator<? extends T> rows,
			OutputStream out) throws IOException {
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("no columns");
		}
		// close() also deletes SXSSF's temporary files (POI bug 68183; dispose() is
		// deprecated)
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
			workbook.setCompressTempFiles(true); // large exports: several times less temp
													// disk
			Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
			ExportStyles styles = new ExportStyles(workbook);
			int headerIndex = writeTitle(sheet, title, columns.size(), styles);
			writeHeader(sheet.createRow(headerIndex), columns, styles, sheet);
			int lastRow = writeRows(sheet, headerIndex + 1, columns, rows, styles);
			sheet.createFreezePane(0, headerIndex + 1);
			sheet.setAutoFilter(new CellRangeAddress(headerIndex, lastRow, 0, columns.size() - 1));
			workbook.write(out);
		}
	}

	/**
	 * @return the index of the header row: 1 after a title, 0 without one
	 */
	private static int writeTitle(Sheet sheet, String title, int columnCount, ExportStyles styles) {
		if (title == null || title.isBlank()) {
			return 0;
		}
		Row titleRow = sheet.createRow(0);
		titleRow.createCell(0).setCellValue(title);
		titleRow.getCell(0).setCellStyle(styles.title());
		if (columnCount > 1) {
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columnCount - 1));
		}
		return 1;
	}

	/**
	 * @return the index of the last row written (the header row when there are no items)
	 */
	private static <T> int writeRows(Sheet sheet, int firstRow, List<ExportColumn<T>> columns,
			Iterator<? extends T> rows, ExportStyles styles) {
		int rowIndex = firstRow;
		while (rows.hasNext()) {
			T item = rows.next();
			Row row = sheet.createRow(rowIndex++);
			for (int i = 0; i < columns.size(); i++) {
				ExportColumn<T> column = columns.get(i);
				styles.write(row.createCell(i), column.kind(), column.value().apply(item));
			}
		}
		return rowIndex - 1;
	}

	private static <T> void writeHeader(Row row, List<ExportColumn<T>> columns, ExportStyles styles, Sheet sheet) {
		for (int i = 0; i < columns.size(); i++) {
			ExportColumn<T> column = columns.get(i);
			row.createCell(i).setCellValue(column.header());
			row.getCell(i).setCellStyle(styles.header());
			int chars = column.width() > 0 ? column.width() : defaultWidth(column);
			sheet.setColumnWidth(i, Math.min(255, chars) * 256);
		}
	}

	/**
	 * SXSSF cannot auto-size without tracking every row, so widths come from kind and
	 * header.
	 */
	private static int defaultWidth(ExportColumn<?> column) {
		int byKind = switch (column.kind()) {
			case DATE -> 12;
			case DATE_TIME -> 17;
			case INTEGER, DECIMAL -> 10;
			case TEXT -> 16;
		};
		return Math.max(byKind, column.header().length() + 3);
	}

}
