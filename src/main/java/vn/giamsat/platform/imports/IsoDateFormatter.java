package vn.giamsat.platform.imports;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Cells as displayed, with two exceptions that make uploads independent of the user's
 * Excel settings: date cells read as {@code yyyy-MM-dd} (whatever their display format,
 * which follows the regional settings), and whole numbers in "General" format read in
 * full ({@code 1975}, and a 12-digit number is not turned into {@code 1.23457E+11} as
 * Excel's General display would).
 */
final class IsoDateFormatter extends DataFormatter {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

	IsoDateFormatter() {
		super(Locale.US); // '.' decimals, whatever the server's default locale
	}

	@Override
	public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
		if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
			LocalDateTime dateTime = DateUtil.getLocalDateTime(value, use1904Windowing, true);
			double whole = Math.floor(value);
			if (whole == 0 && value > 0) {
				return dateTime.format(TIME);
			}
			return (value == whole ? DATE : DATE_TIME).format(dateTime);
		}
		boolean general = formatIndex == 0 || "General".equalsIgnoreCase(formatString);
		if (general && value == Math.rint(value) && Math.abs(value) < 1e15) {
			return BigDecimal.valueOf((long) value).toPlainString();
		}
		return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
	}

}
