package vn.giamsat.platform.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Reads rendered documents back the way a user's tools would, for assertions. */
final class ReadBack {

	private ReadBack() {
	}

	/**
	 * Text of pages {@code from}..{@code to} (1-based, inclusive) as PDFBox extracts it.
	 */
	static String pdfText(byte[] pdf, int from, int to) {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(from);
			stripper.setEndPage(Math.min(to, doc.getNumberOfPages()));
			return stripper.getText(doc);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String pdfText(byte[] pdf) {
		return pdfText(pdf, 1, Integer.MAX_VALUE);
	}

	static XWPFDocument docx(byte[] docx) {
		try {
			return new XWPFDocument(new ByteArrayInputStream(docx));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Every paragraph of the body in order, including those inside table cells. */
	static List<XWPFParagraph> docxParagraphs(XWPFDocument doc) {
		List<XWPFParagraph> paragraphs = new ArrayList<>();
		for (IBodyElement element : doc.getBodyElements()) {
			if (element instanceof XWPFParagraph paragraph) {
				paragraphs.add(paragraph);
			}
			else if (element instanceof XWPFTable table) {
				for (XWPFTableRow row : table.getRows()) {
					for (XWPFTableCell cell : row.getTableCells()) {
						paragraphs.addAll(cell.getParagraphs());
					}
				}
			}
		}
		return paragraphs;
	}

	/** Paragraph texts with line breaks and runs of spaces folded to one space. */
	static List<String> docxParagraphTexts(byte[] docx) {
		try (XWPFDocument doc = docx(docx)) {
			return docxParagraphs(doc).stream().map(p -> squash(p.getText())).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Folds line breaks and repeated spaces, which depend only on where the layout
	 * wrapped.
	 */
	static String squash(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

}
