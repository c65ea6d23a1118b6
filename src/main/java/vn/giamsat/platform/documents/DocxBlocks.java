package vn.giamsat.platform.documents;

import static vn.giamsat.platform.documents.DocxWriter.run;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes body {@link Block}s into a Word document: justified paragraphs with a first-line
 * indent, bold headings kept with the following text, dash lists and bordered tables
 * whose header row repeats on every page.
 */
final class DocxBlocks {

	private static final int BORDER_EIGHTHS_PT = 4;

	private static final String BLACK = "000000";

	private final XWPFDocument docx;

	DocxBlocks(XWPFDocument docx) {
		this.docx = docx;
	}

	void write(List<Block> blocks) {
		for (Block block : blocks) {
			if (block instanceof Block.Heading h) {
				XWPFParagraph p = body();
				p.setKeepNext(true);
				run(p, h.text(), Layout.BODY_PT, true, h.level() == 3);
			}
			else if (block instanceof Block.Paragraph p) {
				paragraph(p);
			}
			else if (block instanceof Block.BulletList list) {
				list.items().forEach(item -> run(body(), "- " + item, Layout.BODY_PT, false, false));
			}
			else if (block instanceof Block.Table t) {
				table(t);
			}
			else {
				throw new IllegalArgumentException("unsupported block " + block.getClass());
			}
		}
	}

	private void paragraph(Block.Paragraph paragraph) {
		XWPFParagraph p = body();
		Block.Emphasis emphasis = paragraph.emphasis();
		if (emphasis == Block.Emphasis.CENTERED_BOLD) {
			p.setAlignment(ParagraphAlignment.CENTER);
			p.setIndentationFirstLine(0);
		}
		boolean bold = emphasis == Block.Emphasis.BOLD || emphasis == Block.Emphasis.CENTERED_BOLD;
		run(p, paragraph.text(), Layout.BODY_PT, bold, emphasis == Block.Emphasis.ITALIC);
	}

	private XWPFParagraph body() {
		XWPFParagraph p = docx.createParagraph();
		p.setAlignment(ParagraphAlignment.BOTH);
		p.setIndentationFirstLine(Layout.mmToTwips(Layout.FIRST_LINE_INDENT_MM));
		p.setSpacingBefore(0);
		p.setSpacingAfter(Layout.ptToTwips(Layout.PARAGRAPH_SPACING_PT));
		// Word's single line of Times New Roman is already about 1.15 em, close to the
		// PDF's 1.2.
		p.setSpacingBetween(1.0);
		return p;
	}

	private void table(Block.Table t) {
		int columns = t.header().size();
		int[] widths = new int[columns];
		int used = 0;
		for (int i = 0; i < columns; i++) {
			widths[i] = i == columns - 1 ? DocxWriter.TEXT_WIDTH - used
					: (int) Math.round(DocxWriter.TEXT_WIDTH * t.widthShare(i));
			used += widths[i];
		}
		XWPFTable table = DocxWriter.fixedTable(docx, t.rows().size() + 1, widths);
		borders(table);
		table.setCellMargins(Layout.ptToTwips(3), Layout.ptToTwips(4), Layout.ptToTwips(3), Layout.ptToTwips(4));
		XWPFTableRow header = table.getRow(0);
		header.setRepeatHeader(true);
		header.setCantSplitRow(true);
		for (int c = 0; c < columns; c++) {
			XWPFTableCell cell = header.getCell(c);
			cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
			run(DocxWriter.cellParagraph(cell, ParagraphAlignment.CENTER), t.header().get(c), Layout.TABLE_PT, true,
					false);
		}
		for (int r = 0; r < t.rows().size(); r++) {
			XWPFTableRow row = table.getRow(r + 1);
			row.setCantSplitRow(true);
			for (int c = 0; c < columns; c++) {
				XWPFParagraph p = DocxWriter.cellParagraph(row.getCell(c), ParagraphAlignment.LEFT);
				run(p, t.rows().get(r).get(c), Layout.TABLE_PT, false, false);
			}
		}
		// Keeps consecutive tables apart (Word merges adjacent tables) and spaces the
		// next block.
		DocxWriter.tight(docx.createParagraph()).setSpacingAfter(Layout.ptToTwips(Layout.PARAGRAPH_SPACING_PT));
	}

	private static void borders(XWPFTable table) {
		XWPFTable.XWPFBorderType single = XWPFTable.XWPFBorderType.SINGLE;
		table.setTopBorder(single, BORDER_EIGHTHS_PT, 0, BLACK);
		table.setBottomBorder(single, BORDER_EIGHTHS_PT, 0, BLACK);
		table.setLeftBorder(single, BORDER_EIGHTHS_PT, 0, BLACK);
		table.setRightBorder(single, BORDER_EIGHTHS_PT, 0, BLACK);
		table.setInsideHBorder(single, BORDER_EIGHTHS_PT, 0, BLACK);
		table.setInsideVBorder(single, BORDER_EIGHTHS_PT, 0, BLACK);
	}

}
