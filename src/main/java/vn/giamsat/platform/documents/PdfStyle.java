package vn.giamsat.platform.documents;

import static vn.giamsat.platform.documents.Layout.BODY_PT;
import static vn.giamsat.platform.documents.Layout.FIRST_LINE_INDENT_MM;
import static vn.giamsat.platform.documents.Layout.HEADER_CAPS_PT;
import static vn.giamsat.platform.documents.Layout.HEADER_PT;
import static vn.giamsat.platform.documents.Layout.LINE_HEIGHT;
import static vn.giamsat.platform.documents.Layout.MARGIN_BOTTOM_MM;
import static vn.giamsat.platform.documents.Layout.MARGIN_LEFT_MM;
import static vn.giamsat.platform.documents.Layout.MARGIN_RIGHT_MM;
import static vn.giamsat.platform.documents.Layout.MARGIN_TOP_MM;
import static vn.giamsat.platform.documents.Layout.PARAGRAPH_SPACING_PT;
import static vn.giamsat.platform.documents.Layout.RECIPIENTS_LABEL_PT;
import static vn.giamsat.platform.documents.Layout.RECIPIENTS_PT;
import static vn.giamsat.platform.documents.Layout.SIGNATURE_SPACE_MM;
import static vn.giamsat.platform.documents.Layout.TABLE_PT;

import java.util.Locale;

/**
 * The stylesheet of the PDF, generated from {@link Layout} so it cannot drift from the
 * DOCX.
 *
 * <p>
 * Page numbers sit centred in the top margin from the second page on, as Decree 30 asks.
 */
final class PdfStyle {

	static final String CSS = String.format(Locale.ROOT, """
			@page {
			  size: A4 portrait;
			  margin: %smm %smm %smm %smm;
			  @top-center { content: counter(page); font-family: '%s'; font-size: %spt; }
			}
			@page :first { @top-center { content: none; } }
			body { font-family: '%s'; font-size: %spt; line-height: %s; margin: 0; }
			table { border-collapse: collapse; width: 100%%; table-layout: fixed; }
			table.head td { vertical-align: top; text-align: center; padding: 0; font-size: %spt; }
			.parent, .issuing, .motto-upper { font-size: %spt; }
			.issuing, .motto-upper, .motto-lower { font-weight: bold; }
			.rule { border-top: 0.75pt solid #000; height: 0; margin: 3pt auto 0 auto; }
			table.head td.number, table.head .date { padding-top: 8pt; }
			.date { font-style: italic; }
			.type { font-weight: bold; text-align: center; margin-top: 20pt; }
			.title { font-weight: bold; text-align: center; }
			.title + .rule { margin-top: 3pt; margin-bottom: 14pt; }
			p { margin: 0 0 %spt 0; text-align: justify; text-indent: %smm; }
			p.h1, p.h2, p.bold { font-weight: bold; }
			p.h3 { font-weight: bold; font-style: italic; }
			p.h1, p.h2, p.h3 { page-break-after: avoid; }
			p.italic { font-style: italic; }
			p.centered_bold { font-weight: bold; text-align: center; text-indent: 0; }
			table.grid { margin: 4pt 0 10pt 0; font-size: %spt; line-height: 1.15;
			             -fs-table-paginate: paginate; }
			table.grid th, table.grid td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: top; }
			table.grid th { font-weight: bold; text-align: center; vertical-align: middle; }
			table.grid tr { page-break-inside: avoid; }
			table.closing { margin-top: 14pt; page-break-inside: avoid; }
			table.closing td { vertical-align: top; padding: 0; }
			td.recipients { font-size: %spt; line-height: 1.1; }
			.recipients-label { font-weight: bold; font-style: italic; font-size: %spt; }
			td.signature { text-align: center; font-weight: bold; }
			.signature-space { height: %smm; }
			.annex { page-break-before: always; }
			.annex-label, .annex-title { font-weight: bold; text-align: center; }
			.annex-reference { font-style: italic; text-align: center; margin-bottom: 12pt; }
			""", n(MARGIN_TOP_MM), n(MARGIN_RIGHT_MM), n(MARGIN_BOTTOM_MM), n(MARGIN_LEFT_MM), DocumentFonts.PDF_FAMILY,
			n(HEADER_PT), DocumentFonts.PDF_FAMILY, n(BODY_PT), n(LINE_HEIGHT), n(HEADER_PT), n(HEADER_CAPS_PT),
			n(PARAGRAPH_SPACING_PT), n(FIRST_LINE_INDENT_MM), n(TABLE_PT), n(RECIPIENTS_PT), n(RECIPIENTS_LABEL_PT),
			n(SIGNATURE_SPACE_MM));

	private PdfStyle() {
	}

	private static String n(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
	}

}
