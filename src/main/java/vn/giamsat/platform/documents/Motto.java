package vn.giamsat.platform.documents;

import java.util.Objects;

/**
 * The motto block printed at the top right, above the place and date.
 *
 * <p>
 * State bodies print the national motto ({@link #NATIONAL}); the Front's own documents
 * usually leave it out, in which case the top right holds only the place and date. The
 * last line gets a rule underneath as long as the line itself, as Decree 30/2020/NĐ-CP
 * prescribes.
 *
 * @param upperLine first line, bold capitals; required
 * @param lowerLine second line, bold; {@code null} or blank for a one-line motto
 */
public record Motto(String upperLine, String lowerLine) {

	/** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc". */
	public static final Motto NATIONAL = new Motto("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");

	public Motto {
		Objects.requireNonNull(upperLine, "upperLine");
		lowerLine = lowerLine == null || lowerLine.isBlank() ? null : lowerLine;
	}

	/** Whether a second line is printed. */
	public boolean hasLowerLine() {
		return lowerLine != null;
	}

	/** The line that carries the underline rule. */
	public String underlinedLine() {
		return hasLowerLine() ? lowerLine : upperLine;
	}
}
