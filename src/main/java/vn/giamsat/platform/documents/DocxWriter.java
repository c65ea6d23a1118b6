package vn.giamsat.platform.documents;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The low-level Word operations {@link DocxRenderer} needs, kept apart so the renderer
 * reads as the document's structure: page set-up, styled runs, short rules, borderless
 * layout tables.
 *
 * <p>
 * All user text passes through {@link #run}, which cleans it; POI escapes it when writing
 * XML.
 */
final class DocxWriter {

	static final int TEXT_WIDTH = Layout.mmToTwips(Layout.TEXT_WIDTH_MM);

	/** Rules are 3/4 pt, like the PDF's. */
	private static final int RULE_EIGHTHS_PT = 6;

	private DocxWriter() {
	}

	/**
	 * A4 portrait, Decree 30 margins, Times New Roman 14 pt, page numbers from page 2.
	 */
	static void setUpPage(XWPFDocument docx) {
		CTStyles styles = CTStyles.Factory.newInstance();
		CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
		CTFonts fonts = defaults.addNewRFonts();
		fonts.setAscii(DocumentFonts.DOCX_FAMILY);
		fonts.setHAnsi(DocumentFonts.DOCX_FAMILY);
		fonts.setCs(DocumentFonts.DOCX_FAMILY);
		fonts.setEastAsia(DocumentFonts.DOCX_FAMILY);
		defaults.addNewSz().setVal(BigInteger.valueOf(Math.round(Layout.BODY_PT * 2)));
		defaults.addNewSzCs().setVal(BigInteger.valueOf(Math.round(Layout.BODY_PT * 2)));
		defaults.addNewLang().setVal("vi-VN");
		docx.createStyles().setStyles(styles);

		CTSectPr section = docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr()
				: docx.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(Layout.mmToTwips(Layout.PAGE_WIDTH_MM)));
		size.setH(BigInteger.valueOf(Layout.mmToTwips(Layout.PAGE_HEIGHT_MM)));
		size.setOrient(STPageOrientation.PORTRAIT);
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(Layout.mmToTwips(Layout.MARGIN_TOP_MM)));
		margins.setBottom(BigInteger.valueOf(Layout.mmToTwips(Layout.MARGIN_BOTTOM_MM)));
		margins.setLeft(BigInteger.valueOf(Layout.mmToTwips(Layout.MARGIN_LEFT_MM)));
		margins.setRight(BigInteger.valueOf(Layout.mmToTwips(Layout.MARGIN_RIGHT_MM)));
		margins.setHeader(BigInteger.valueOf(Layout.mmToTwips(Layout.MARGIN_TOP_MM / 2)));
		margins.setFooter(BigInteger.valueOf(Layout.mmToTwips(Layout.MARGIN_BOTTOM_MM / 2)));
		pageNumbers(docx);
	}

	/** Decree 30: page numbers centred in the top margin, none on the first page. */
	private static void pageNumbers(XWPFDocument docx) {
		tight(docx.createHeader(HeaderFooterType.FIRST).createParagraph());
		XWPFParagraph number = docx.createHeader(HeaderFooterType.DEFAULT).createParagraph();
		tight(number);
		number.setAlignment(ParagraphAlignment.CENTER);
		run(number, "", Layout.HEADER_PT, false, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		run(number, "", Layout.HEADER_PT, false, false).getCTR().addNewInstrText().setStringValue(" PAGE ");
		run(number, "", Layout.HEADER_PT, false, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		run(number, "2", Layout.HEADER_PT, false, false);
		run(number, "", Layout.HEADER_PT, false, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
	}

	/** A run of cleaned text in the given size and style. */
	static XWPFRun run(XWPFParagraph paragraph, String text, double pt, boolean bold, boolean italic) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(DocumentFonts.DOCX_FAMILY);
		run.setFontSize(pt);
		run.setBold(bold);
		run.setItalic(italic);
		if (!text.isEmpty()) {
			run.setText(DocumentText.clean(text));
		}
		return run;
	}

	/** Several lines in one paragraph, separated by line breaks. */
	static void lines(XWPFParagraph paragraph, List<String> lines, double pt, boolean bold) {
		for (int i = 0; i < lines.size(); i++) {
			XWPFRun run = run(paragraph, lines.get(i), pt, bold, false);
			if (i < lines.size() - 1) {
				run.addBreak();
			}
		}
	}

	/** No spacing around the paragraph, single line height. */
	static XWPFParagraph tight(XWPFParagraph paragraph) {
		paragraph.setSpacingBefore(0);
		paragraph.setSpacingAfter(0);
		paragraph.setSpacingBetween(1.0);
		return paragraph;
	}

	/** Turns an empty paragraph into a centred horizontal rule {@code rulePt} long. */
	static void rule(XWPFParagraph paragraph, double rulePt, int availableTwips) {
		tight(paragraph);
		int side = Math.max(0, (availableTwips - Layout.ptToTwips(rulePt)) / 2);
		paragraph.setIndentationLeft(side);
		paragraph.setIndentationRight(side);
		paragraph.setBorderTop(Borders.SINGLE);
		CTBorder border = paragraph.getCTP().getPPr().getPBdr().getTop();
		border.setSz(BigInteger.valueOf(RULE_EIGHTHS_PT));
		border.setSpace(BigInteger.ZERO);
		border.setColor("000000");
		paragraph.setSpacingBefore(Layout.ptToTwips(3));
		paragraph.setSpacingBetween(2, LineSpacingRule.EXACT);
	}

	/** A paragraph appended to a cell, centred and tight. */
	static XWPFParagraph cellParagraph(XWPFTableCell cell, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = tight(cell.addParagraph());
		paragraph.setAlignment(alignment);
		return paragraph;
	}

	/**
	 * A table with fixed column widths. Every cell starts without paragraphs: callers
	 * must add at least one to each cell.
	 */
	static XWPFTable fixedTable(XWPFDocument docx, int rows, int[] widths) {
		XWPFTable table = docx.createTable(rows, widths.length);
		table.setWidth(String.valueOf(TEXT_WIDTH));
		table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
		CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
				: table.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
		for (XWPFTableRow row : table.getRows()) {
			for (int i = 0; i < widths.length; i++) {
				XWPFTableCell cell = row.getCell(i);
				cell.setWidth(String.valueOf(widths[i]));
				while (!cell.getParagraphs().isEmpty()) {
					cell.removeParagraph(0);
				}
			}
		}
		return table;
	}

	/**
	 * A borderless table whose first column takes {@code firstShare} of the text width.
	 */
	static XWPFTable layoutTable(XWPFDocument docx, int rows, double firstShare) {
		int first = (int) Math.round(TEXT_WIDTH * firstShare);
		XWPFTable table = fixedTable(docx, rows, new int[] { first, TEXT_WIDTH - first });
		XWPFTable.XWPFBorderType none = XWPFTable.XWPFBorderType.NONE;
		table.setTopBorder(none, 0, 0, "auto");
		table.setBottomBorder(none, 0, 0, "auto");
		table.setLeftBorder(none, 0, 0, "auto");
		table.setRightBorder(none, 0, 0, "auto");
		table.setInsideHBorder(none, 0, 0, "auto");
		table.setInsideVBorder(none, 0, 0, "auto");
		// Zero side margins so that rule widths computed for a column are exact.
		CTTblPr properties = table.getCTTbl().getTblPr();
		CTTblCellMar margins = properties.isSetTblCellMar() ? properties.getTblCellMar()
				: properties.addNewTblCellMar();
		zero(margins.isSetLeft() ? margins.getLeft() : margins.addNewLeft());
		zero(margins.isSetRight() ? margins.getRight() : margins.addNewRight());
		return table;
	}

	private static void zero(CTTblWidth width) {
		width.setW(BigInteger.ZERO);
		width.setType(STTblWidth.DXA);
	}

}
