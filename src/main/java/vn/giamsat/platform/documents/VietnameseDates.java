package vn.giamsat.platform.documents;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Formats dates the way Vietnamese administrative documents print them.
 *
 * <p>
 * Decree 30/2020/NĐ-CP (Appendix I, part I.II.4) requires the issuing date in full words
 * with Arabic numerals and a leading zero only for days below 10 and for months 1 and 2 —
 * so that nobody can turn "ngày 5" into "ngày 15" or "tháng 1" into "tháng 11" by adding
 * a digit. Months 3 to 9 are written without the zero: "ngày 05 tháng 01 năm 2026", "ngày
 * 12 tháng 3 năm 2026".
 */
public final class VietnameseDates {

	private VietnameseDates() {
	}

	/** "ngày 05 tháng 01 năm 2026" — the form used in the place-and-date line. */
	public static String longForm(LocalDate date) {
		Objects.requireNonNull(date, "date");
		return "ngày " + day(date) + " tháng " + month(date) + " năm " + date.getYear();
	}

	/** "Long Biên, ngày 05 tháng 01 năm 2026" — the place-and-date line of a document. */
	public static String placeAndDate(String place, LocalDate date) {
		Objects.requireNonNull(place, "place");
		return place + ", " + longForm(date);
	}

	/** "05/01/2026" — the short form used inside running text and annex references. */
	public static String numeric(LocalDate date) {
		Objects.requireNonNull(date, "date");
		return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
	}

	private static String day(LocalDate date) {
		return String.format("%02d", date.getDayOfMonth());
	}

	private static String month(LocalDate date) {
		int month = date.getMonthValue();
		return month <= 2 ? String.format("%02d", month) : Integer.toString(month);
	}

}
