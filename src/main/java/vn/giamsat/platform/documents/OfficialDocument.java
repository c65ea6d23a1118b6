package vn.giamsat.platform.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An official document laid out per Decree 30/2020/NĐ-CP, independent of the output
 * format.
 *
 * <p>
 * Plans, decisions, notices, minutes and reports of the supervision workflow all share
 * this shape: issuer and motto side by side at the top, number and place-date line, type
 * and title centred, a body of {@link Block}s, then recipients (left) beside the
 * signature (right), then optional annexes on their own pages. Features build one of
 * these and hand it to {@link DocxRenderer} or {@link PdfRenderer}; neither renderer
 * knows about any feature.
 *
 * @param issuer top-left authority block; required
 * @param motto top-right motto, or {@code null} when the issuer does not print one
 * @param number number and symbol without "Số: ", e.g. "12/KH-MTTQ-BTT"; {@code null} for
 * none
 * @param place place name of the date line, e.g. "Long Biên"; required
 * @param date issuing date; required
 * @param type document type in capitals, e.g. "KẾ HOẠCH"; {@code null} for a letter
 * @param title summary title, e.g. "Giám sát ... năm 2026"; {@code null} for none
 * @param body body blocks in order
 * @param recipients "Nơi nhận" lines, e.g. "Như trên;", "Lưu: VT."; the renderers add the
 * dashes
 * @param signature signature block; required
 * @param annexes annexes, each printed from a new page
 */
public record OfficialDocument(Issuer issuer, Motto motto, String number, String place, LocalDate date, String type,
		String title, List<Block> body, List<String> recipients, Signature signature, List<Annex> annexes) {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	public OfficialDocument {
		Objects.requireNonNull(issuer, "issuer");
		Objects.requireNonNull(place, "place");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(signature, "signature");
		number = blankToNull(number);
		type = blankToNull(type);
		title = blankToNull(title);
		body = List.copyOf(body);
		recipients = List.copyOf(recipients);
		annexes = List.copyOf(annexes);
	}

	/**
	 * Starts a document; issuer, place, date and signature must be set before
	 * {@code build()}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/** "Số: 12/KH-MTTQ-BTT", or {@code null} when the document has no number. */
	public String numberLine() {
		return number == null ? null : "Số: " + number;
	}

	/** "Long Biên, ngày 15 tháng 01 năm 2026". */
	public String placeAndDateLine() {
		return VietnameseDates.placeAndDate(place, date);
	}

	/** "KẾ HOẠCH Giám sát ... năm 2026" — for file metadata and download names. */
	public String fullTitle() {
		if (type == null) {
			return title == null ? "" : title;
		}
		return title == null ? type : type + " " + title;
	}

	/**
	 * "(Kèm theo Kế hoạch số 12/KH-MTTQ-BTT ngày 15/01/2026)" — printed under each annex
	 * title.
	 */
	public String annexReference() {
		String kind = type == null ? "văn bản" : sentenceCase(type);
		String numbered = number == null ? "" : " số " + number;
		return "(Kèm theo " + kind + numbered + " ngày " + VietnameseDates.numeric(date) + ")";
	}

	private static String sentenceCase(String capitals) {
		String lower = capitals.strip().toLowerCase(VIETNAMESE);
		return lower.substring(0, 1).toUpperCase(VIETNAMESE) + lower.substring(1);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	/** Fluent construction for callers that fill the document step by step. */
	public static final class Builder {

		private Issuer issuer;

		private Motto motto;

		private String number;

		private String place;

		private LocalDate date;

		private String type;

		private String title;

		private final List<Block> body = new ArrayList<>();

		private final List<String> recipients = new ArrayList<>();

		private Signature signature;

		private final List<Annex> annexes = new ArrayList<>();

		private Builder() {
		}

		public Builder issuer(String parentBody, String issuingBody) {
			this.issuer = new Issuer(parentBody, issuingBody);
			return this;
		}

		public Builder issuer(Issuer issuer) {
			this.issuer = issuer;
			return this;
		}

		public Builder motto(Motto motto) {
			this.motto = motto;
			return this;
		}

		public Builder number(String number) {
			this.number = number;
			return this;
		}

		public Builder placeAndDate(String place, LocalDate date) {
			this.place = place;
			this.date = date;
			return this;
		}

		public Builder typeAndTitle(String type, String title) {
			this.type = type;
			this.title = title;
			return this;
		}

		public Builder add(Block... blocks) {
			body.addAll(List.of(blocks));
			return this;
		}

		public Builder recipients(String... lines) {
			recipients.addAll(List.of(lines));
			return this;
		}

		public Builder signature(String authority, String position, String fullName) {
			this.signature = new Signature(authority, position, fullName);
			return this;
		}

		public Builder annex(Annex annex) {
			annexes.add(annex);
			return this;
		}

		public OfficialDocument build() {
			return new OfficialDocument(issuer, motto, number, place, date, type, title, body, recipients, signature,
					annexes);
		}

	}
}
