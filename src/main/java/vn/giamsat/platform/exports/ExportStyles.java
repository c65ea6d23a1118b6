package vn.giamsat.platform.exports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles of an export, created once per workbook: Excel allows about 64,000
 * styles per file, so a style per cell would break large exports.
 */
final class ExportStyles {

	/** The product's time zone: instants are shown as local time there. */
	private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

	private final CellStyle title;

	private final CellStyle header;

	private final CellStyle integer;

	private final CellStyle decimal;

	private final CellStyle date;

	private final CellStyle dateTime;

	ExportStyles(Workbook workbook) {
		Font bold = workbook.createFont();
		bold.setBold(true);
		Font big = workbook.createFont();
		big.setBold(true);
		big.setFontHeightInPoints((short) 14);
		title = workbook.createCellStyle();
		title.setFont(big);
		header = workbook.createCellStyle();
		header.setFont(bold);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setWrapText(true);
		integer = formatted(workbook, "0");
		decimal = formatted(workbook, "#,##0.00");
		date = formatted(workbook, "dd/mm/yyyy");
		dateTime = formatted(workbook, "dd/mm/yyyy hh:mm");
	}

	CellStyle title() {
		return title;
	}

	CellStyle header() {
		return header;
	}

	void write(Cell cell, ExportColumn.Kind kind, Object value) {
		if (value == null) {
			return;
		}
		switch (kind) {
			case INTEGER -> number(cell, value, integer);
			case DECIMAL -> number(cell, value, decimal);
			case DATE -> temporal(cell, value, date);
			case DATE_TIME -> temporal(cell, value, dateTime);
			case TEXT -> text(cell, value.toString());
		}
	}

	private static void number(Cell cell, Object value, CellStyle style) {
		if (value instanceof Number n) {
			cell.setCellValue(n.doubleValue());
			cell.setCellStyle(style);
		}
		else {
			text(cell, value.toString());
		}
	}

	private static void temporal(Cell cell, Object value, CellStyle style) {
		if (value instanceof LocalDate d) {
			cell.setCellValue(d);
		}
		else if (value instanceof LocalDateTime t) {
			cell.setCellValue(t);
		}
		else if (value instanceof OffsetDateTime t) {
			cell.setCellValue(t.atZoneSameInstant(ZONE).toLocalDateTime());
		}
		else if (value instanceof ZonedDateTime t) {
			cell.setCellValue(t.withZoneSameInstant(ZONE).toLocalDateTime());
		}
		else if (value instanceof Date d) {
			cell.setCellValue(d);
		}
		else {
			text(cell, value.toString());
			return;
		}
		cell.setCellStyle(style);
	}

	/**
	 * Strings are written as strings, never formulas, so "=..." from user input is inert.
	 */
	private static void text(Cell cell, String value) {
		cell.setCellValue(value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value);
	}

	private static CellStyle formatted(Workbook workbook, String format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}

}
