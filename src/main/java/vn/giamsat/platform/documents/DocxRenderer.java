package vn.giamsat.platform.documents;

import static vn.giamsat.platform.documents.DocxWriter.cellParagraph;
import static vn.giamsat.platform.documents.DocxWriter.run;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.springframework.stereotype.Component;

/**
 * Renders an {@link OfficialDocument} to DOCX, so the secretariat can still edit a
 * generated plan or decision in Word before it is signed.
 *
 * <p>
 * The layout mirrors {@link PdfRenderer} through the shared {@link Layout}: header blocks
 * in a borderless two-column table, title centred with a short rule, body justified with
 * a first-line indent, recipients beside the signature, annexes from a new page. Runs
 * name "Times New Roman", which the users' Word has; the PDF uses the metric-compatible
 * Liberation Serif.
 *
 * <p>
 * Stateless and thread-safe: each call works on its own {@link XWPFDocument}.
 */
@Component
public class DocxRenderer implements DocumentRenderer {

	private static final int ISSUER_WIDTH = (int) Math.round(DocxWriter.TEXT_WIDTH * Layout.ISSUER_SHARE);

	@Override
	public void render(OfficialDocument doc, OutputStream out) throws IOException {
		try (XWPFDocument docx = new XWPFDocument()) {
			docx.getProperties().getCoreProperties().setTitle(DocumentText.clean(doc.fullTitle()));
			docx.getProperties().getCoreProperties().setCreator("giamsat");
			DocxWriter.setUpPage(docx);
			header(docx, doc);
			title(docx, doc);
			new DocxBlocks(docx).write(doc.body());
			closing(docx, doc);
			for (Annex annex : doc.annexes()) {
				annex(docx, doc, annex);
			}
			docx.write(out);
		}
	}

	private void header(XWPFDocument docx, OfficialDocument doc) {
		XWPFTable table = DocxWriter.layoutTable(docx, 2, Layout.ISSUER_SHARE);
		XWPFTableCell issuer = table.getRow(0).getCell(0);
		if (doc.issuer().hasParentBody()) {
			DocxWriter.lines(cellParagraph(issuer, ParagraphAlignment.CENTER), doc.issuer().parentLines(),
					Layout.HEADER_CAPS_PT, false);
		}
		DocxWriter.lines(cellParagraph(issuer, ParagraphAlignment.CENTER), doc.issuer().issuingLines(),
				Layout.HEADER_CAPS_PT, true);
		DocxWriter.rule(issuer.addParagraph(), Layout.issuerRulePt(doc.issuer()), ISSUER_WIDTH);

		XWPFTableCell right = table.getRow(0).getCell(1);
		XWPFParagraph number = spaced(cellParagraph(table.getRow(1).getCell(0), ParagraphAlignment.CENTER));
		if (doc.numberLine() != null) {
			run(number, doc.numberLine(), Layout.HEADER_PT, false, false);
		}
		XWPFParagraph date;
		if (doc.motto() != null) {
			Motto motto = doc.motto();
			run(cellParagraph(right, ParagraphAlignment.CENTER), motto.upperLine(), Layout.mottoPt(true), true, false);
			if (motto.hasLowerLine()) {
				run(cellParagraph(right, ParagraphAlignment.CENTER), motto.lowerLine(), Layout.mottoPt(false), true,
						false);
			}
			DocxWriter.rule(right.addParagraph(), Layout.mottoRulePt(motto), DocxWriter.TEXT_WIDTH - ISSUER_WIDTH);
			date = spaced(cellParagraph(table.getRow(1).getCell(1), ParagraphAlignment.CENTER));
		}
		else {
			date = cellParagraph(right, ParagraphAlignment.CENTER);
			cellParagraph(table.getRow(1).getCell(1), ParagraphAlignment.CENTER);
		}
		run(date, doc.placeAndDateLine(), Layout.HEADER_PT, false, true);
	}

	private static XWPFParagraph spaced(XWPFParagraph paragraph) {
		paragraph.setSpacingBefore(Layout.ptToTwips(8));
		return paragraph;
	}

	private void title(XWPFDocument docx, OfficialDocument doc) {
		if (doc.type() != null) {
			XWPFParagraph type = centred(docx);
			type.setSpacingBefore(Layout.ptToTwips(20));
			run(type, doc.type(), Layout.BODY_PT, true, false);
		}
		if (doc.title() != null) {
			run(centred(docx), doc.title(), Layout.BODY_PT, true, false);
			XWPFParagraph rule = docx.createParagraph();
			DocxWriter.rule(rule, Layout.titleRulePt(doc.title()), DocxWriter.TEXT_WIDTH);
			rule.setSpacingAfter(Layout.ptToTwips(14));
		}
	}

	private static XWPFParagraph centred(XWPFDocument docx) {
		XWPFParagraph paragraph = DocxWriter.tight(docx.createParagraph());
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		return paragraph;
	}

	private void closing(XWPFDocument docx, OfficialDocument doc) {
		List<XWPFParagraph> body = docx.getParagraphs();
		if (!body.isEmpty()) {
			// The signature never stands alone on a page: the last body line moves with
			// it.
			body.get(body.size() - 1).setKeepNext(true);
		}
		XWPFTable table = DocxWriter.layoutTable(docx, 1, Layout.RECIPIENTS_SHARE);
		table.getRow(0).setCantSplitRow(true);
		XWPFTableCell recipients = table.getRow(0).getCell(0);
		XWPFParagraph label = cellParagraph(recipients, ParagraphAlignment.LEFT);
		label.setSpacingBefore(Layout.ptToTwips(14));
		if (!doc.recipients().isEmpty()) {
			run(label, "Nơi nhận:", Layout.RECIPIENTS_LABEL_PT, true, true);
			for (String line : doc.recipients()) {
				run(cellParagraph(recipients, ParagraphAlignment.LEFT), "- " + line, Layout.RECIPIENTS_PT, false,
						false);
			}
		}
		XWPFTableCell signature = table.getRow(0).getCell(1);
		Signature s = doc.signature();
		List<String> roles = s.hasAuthority() ? List.of(s.authority(), s.position()) : List.of(s.position());
		XWPFParagraph roleLines = cellParagraph(signature, ParagraphAlignment.CENTER);
		roleLines.setSpacingBefore(Layout.ptToTwips(14));
		DocxWriter.lines(roleLines, roles, Layout.BODY_PT, true);
		XWPFParagraph space = cellParagraph(signature, ParagraphAlignment.CENTER);
		space.setSpacingBetween(Layout.mmToPt(Layout.SIGNATURE_SPACE_MM), LineSpacingRule.EXACT);
		run(cellParagraph(signature, ParagraphAlignment.CENTER), s.fullName(), Layout.BODY_PT, true, false);
	}

	private void annex(XWPFDocument docx, OfficialDocument doc, Annex annex) {
		XWPFParagraph first = centred(docx);
		first.setPageBreak(true);
		if (annex.label() != null) {
			run(first, annex.label(), Layout.BODY_PT, true, false);
			first = centred(docx);
		}
		run(first, annex.title(), Layout.BODY_PT, true, false);
		XWPFParagraph reference = centred(docx);
		reference.setSpacingAfter(Layout.ptToTwips(12));
		run(reference, doc.annexReference(), Layout.BODY_PT, false, true);
		new DocxBlocks(docx).write(annex.body());
	}

	@Override
	public String mediaType() {
		return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
	}

	@Override
	public String fileExtension() {
		return "docx";
	}

}
