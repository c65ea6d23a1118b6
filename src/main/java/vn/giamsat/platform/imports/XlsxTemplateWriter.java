package vn.giamsat.platform.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the downloadable template of a dataset: a data sheet whose first row holds the
 * Vietnamese headers, and a guide sheet ("Hướng dẫn") describing each column. Reading a
 * filled template back needs nothing special, since headers are matched by name.
 *
 * <p>
 * Data columns are formatted as text so Excel keeps codes such as {@code 001} and dates
 * typed as {@code 31/12/2025} exactly as typed. Stateless and thread-safe.
 */
public final class XlsxTemplateWriter {

	/** Excel refuses an explicit drop-down list longer than 255 characters. */
	private static final int MAX_LIST_CHARS = 255;

	private static final int DATA_ROWS_WITH_DROPDOWN = 10_000;

	public void write(ImportColumns columns, MessageLookup messages, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle header = headerStyle(workbook);
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			writeDataSheet(workbook.createSheet(sheetName(messages, ImportMessages.TEMPLATE_DATA_SHEET)),
					columns.columns(), header, text);
			writeGuide(workbook.createSheet(sheetName(messages, ImportMessages.TEMPLATE_GUIDE_SHEET)),
					columns.columns(), messages, header);
			workbook.write(out);
		}
	}

	private static void writeDataSheet(Sheet sheet, List<ImportColumn> columns, CellStyle header, CellStyle text) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < columns.size(); i++) {
			ImportColumn column = columns.get(i);
			row.createCell(i).setCellValue(column.header());
			row.getCell(i).setCellStyle(header);
			sheet.setDefaultColumnStyle(i, text);
			sheet.setColumnWidth(i, width(column.header().length() + 4, 14));
			if (column.type() == ColumnType.CODE) {
				addDropDown(sheet, i, column.allowed());
			}
		}
		sheet.createFreezePane(0, 1);
	}

	/** A drop-down of allowed codes spares typing mistakes; typing is still possible. */
	private static void addDropDown(Sheet sheet, int column, List<String> codes) {
		if (codes.isEmpty() || String.join(",", codes).length() > MAX_LIST_CHARS) {
			return;
		}
		DataValidationHelper helper = sheet.getDataValidationHelper();
		var validation = helper.createValidation(helper.createExplicitListConstraint(codes.toArray(String[]::new)),
				new CellRangeAddressList(1, DATA_ROWS_WITH_DROPDOWN, column, column));
		validation.setShowErrorBox(false); // lower-case or Vietnamese spellings are
											// accepted too
		sheet.addValidationData(validation);
	}

	private static void writeGuide(Sheet sheet, List<ImportColumn> columns, MessageLookup messages, CellStyle header) {
		sheet.createRow(0).createCell(0).setCellValue(messages.get(ImportMessages.TEMPLATE_INTRO));
		String[] titles = { ImportMessages.TEMPLATE_COL_HEADER, ImportMessages.TEMPLATE_COL_KEY,
				ImportMessages.TEMPLATE_COL_REQUIRED, ImportMessages.TEMPLATE_COL_FORMAT,
				ImportMessages.TEMPLATE_COL_ALLOWED, ImportMessages.TEMPLATE_COL_NOTE };
		int[] widths = { 28, 24, 10, 40, 60, 50 };
		Row titleRow = sheet.createRow(2);
		for (int i = 0; i < titles.length; i++) {
			titleRow.createCell(i).setCellValue(messages.get(titles[i]));
			titleRow.getCell(i).setCellStyle(header);
			sheet.setColumnWidth(i, width(widths[i], widths[i]));
		}
		for (int i = 0; i < columns.size(); i++) {
			ImportColumn column = columns.get(i);
			Row row = sheet.createRow(3 + i);
			row.createCell(0).setCellValue(column.header());
			row.createCell(1).setCellValue(column.key());
			row.createCell(2)
				.setCellValue(
						messages.get(column.required() ? ImportMessages.TEMPLATE_YES : ImportMessages.TEMPLATE_NO));
			row.createCell(3)
				.setCellValue(
						messages.get(ImportMessages.TEMPLATE_TYPE_PREFIX + column.type().name(), column.maxLength()));
			row.createCell(4).setCellValue(String.join(", ", column.allowed()));
			if (column.noteCode() != null) {
				row.createCell(5).setCellValue(messages.get(column.noteCode()));
			}
		}
		sheet.createFreezePane(0, 3);
	}

	private static CellStyle headerStyle(XSSFWorkbook workbook) {
		Font bold = workbook.createFont();
		bold.setBold(true);
		CellStyle style = workbook.createCellStyle();
		style.setFont(bold);
		style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		style.setWrapText(true);
		return style;
	}

	private static String sheetName(MessageLookup messages, String code) {
		return WorkbookUtil.createSafeSheetName(messages.get(code));
	}

	/**
	 * Column width in POI units (1/256 of a character), within Excel's 255-character cap.
	 */
	private static int width(int chars, int min) {
		return Math.min(255, Math.max(min, chars)) * 256;
	}

}
