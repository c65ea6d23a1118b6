package vn.giamsat.platform.documents;

/**
 * The page geometry and type sizes shared by both renderers, so DOCX and PDF match.
 *
 * <p>
 * Values follow Appendix I of Decree 30/2020/NĐ-CP: A4 portrait, margins top/bottom 20–25
 * mm, left 30–35 mm, right 15–20 mm; body text 13–14 pt; header capitals 12–13 pt (12
 * here so that the national motto fits beside a 45 % issuer column); the rule under the
 * issuing body and under the title 1/3–1/2 of the text line, the rule under the motto as
 * long as its line.
 */
final class Layout {

	static final double PAGE_WIDTH_MM = 210;
	static final double PAGE_HEIGHT_MM = 297;
	static final double MARGIN_TOP_MM = 20;
	static final double MARGIN_BOTTOM_MM = 20;
	static final double MARGIN_LEFT_MM = 30;
	static final double MARGIN_RIGHT_MM = 15;
	static final double TEXT_WIDTH_MM = PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM;

	/**
	 * Share of the text width taken by the issuer column; the motto column takes the
	 * rest.
	 */
	static final double ISSUER_SHARE = 0.45;

	/**
	 * Share of the text width taken by the recipients column; the signature takes the
	 * rest.
	 */
	static final double RECIPIENTS_SHARE = 0.45;

	/** Capitals of the header: superior body, issuing body, upper motto line. */
	static final double HEADER_CAPS_PT = 12;

	/** Lower motto line, number line and place-date line. */
	static final double HEADER_PT = 13;
	static final double BODY_PT = 14;
	static final double TABLE_PT = 12;
	static final double RECIPIENTS_LABEL_PT = 12;
	static final double RECIPIENTS_PT = 11;
	static final double FIRST_LINE_INDENT_MM = 10;
	static final double PARAGRAPH_SPACING_PT = 6;
	static final double LINE_HEIGHT = 1.2;

	/** Room left for the hand signature and seal. */
	static final double SIGNATURE_SPACE_MM = 25;

	private static final double SHORT_RULE_SHARE = 0.4;

	private Layout() {
	}

	static double mmToPt(double mm) {
		return mm * 72 / 25.4;
	}

	static int mmToTwips(double mm) {
		return (int) Math.round(mm * 1440 / 25.4);
	}

	static int ptToTwips(double pt) {
		return (int) Math.round(pt * 20);
	}

	static double issuerColumnPt() {
		return mmToPt(TEXT_WIDTH_MM * ISSUER_SHARE);
	}

	static double mottoColumnPt() {
		return mmToPt(TEXT_WIDTH_MM * (1 - ISSUER_SHARE));
	}

	/** Rule under the issuing body: 40 % of its longest (possibly wrapped) line. */
	static double issuerRulePt(Issuer issuer) {
		double line = issuer.issuingLines()
			.stream()
			.mapToDouble(text -> width(text, DocumentFonts.Face.BOLD, HEADER_CAPS_PT))
			.max()
			.orElse(0);
		return SHORT_RULE_SHARE * Math.min(line, issuerColumnPt());
	}

	/** Font size of a motto line: the upper line is set in header capitals. */
	static double mottoPt(boolean upperLine) {
		return upperLine ? HEADER_CAPS_PT : HEADER_PT;
	}

	/** Rule under the motto: as long as the underlined line. */
	static double mottoRulePt(Motto motto) {
		double line = width(motto.underlinedLine(), DocumentFonts.Face.BOLD, mottoPt(!motto.hasLowerLine()));
		return Math.min(line, mottoColumnPt());
	}

	/** Rule under the title: 40 % of its (possibly wrapped) line. */
	static double titleRulePt(String title) {
		double line = width(title, DocumentFonts.Face.BOLD, BODY_PT);
		return SHORT_RULE_SHARE * Math.min(line, mmToPt(TEXT_WIDTH_MM));
	}

	private static double width(String text, DocumentFonts.Face face, double sizePt) {
		return DocumentFonts.widthPt(DocumentText.clean(text), face, sizePt);
	}

}
