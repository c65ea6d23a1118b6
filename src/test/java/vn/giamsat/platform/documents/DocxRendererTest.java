package vn.giamsat.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giamsat.platform.documents.ReadBack.docx;
import static vn.giamsat.platform.documents.ReadBack.docxParagraphTexts;
import static vn.giamsat.platform.documents.ReadBack.docxParagraphs;

import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

class DocxRendererTest {

	private final DocxRenderer renderer = new DocxRenderer();

	@Test
	void containsTheHeaderTitleBodyAndClosingParagraphs() {
		List<String> paragraphs = docxParagraphTexts(renderer.render(SampleDocuments.plan()));

		assertThat(paragraphs).contains("ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HÀ NỘI",
				"ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM QUẬN LONG BIÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
				"Độc lập - Tự do - Hạnh phúc", "Số: 12/KH-MTTQ-BTT", "Long Biên, ngày 15 tháng 01 năm 2026", "KẾ HOẠCH",
				"Giám sát việc tu dưỡng, rèn luyện đạo đức, lối sống của cán bộ, đảng viên năm 2026",
				"I. MỤC ĐÍCH, YÊU CẦU", "- Giám sát đúng đối tượng, nội dung, thời gian;", "Nơi nhận:", "- Lưu: VT.",
				"TM. BAN THƯỜNG TRỰC CHỦ TỊCH", SampleDocuments.SIGNER);
	}

	@Test
	void writesTableHeaderAndCellsInOrder() throws IOException {
		try (XWPFDocument doc = docx(renderer.render(SampleDocuments.plan()))) {
			XWPFTable table = doc.getTables()
				.stream()
				.filter(t -> t.getRow(0).getCell(0).getText().equals("STT"))
				.findFirst()
				.orElseThrow();

			assertThat(table.getRow(0).getTableCells()).extracting(c -> c.getText())
				.containsExactly("STT", "Họ và tên", "Chức vụ", "Thời gian");
			assertThat(table.getRow(1).getCell(2).getText()).isEqualTo(SampleDocuments.TABLE_CELL);
			assertThat(table.getRow(2).getCell(1).getText()).isEqualTo("Lê Thị Mai");
			assertThat(table.getRow(0).isRepeatHeader()).isTrue();
		}
	}

	@Test
	void namesTimesNewRomanOnEveryRun() throws IOException {
		try (XWPFDocument doc = docx(renderer.render(SampleDocuments.plan()))) {
			List<XWPFRun> runs = docxParagraphs(doc).stream().flatMap(p -> p.getRuns().stream()).toList();

			assertThat(runs).isNotEmpty()
				.allSatisfy(run -> assertThat(run.getFontFamily()).isEqualTo("Times New Roman"));
		}
	}

	@Test
	void setsA4PortraitWithDecree30Margins() throws IOException {
		try (XWPFDocument doc = docx(renderer.render(SampleDocuments.plan()))) {
			CTSectPr section = doc.getDocument().getBody().getSectPr();
			CTPageMar margins = section.getPgMar();

			assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
			assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
			assertThat(margins.getLeft()).isEqualTo(BigInteger.valueOf(1701));
			assertThat(margins.getRight()).isEqualTo(BigInteger.valueOf(850));
			assertThat(margins.getTop()).isEqualTo(BigInteger.valueOf(1134));
			assertThat(margins.getBottom()).isEqualTo(BigInteger.valueOf(1134));
		}
	}

	@Test
	void startsEachAnnexWithAPageBreak() throws IOException {
		try (XWPFDocument doc = docx(renderer.render(SampleDocuments.plan()))) {
			XWPFParagraph label = doc.getParagraphs()
				.stream()
				.filter(p -> p.getText().equals("Phụ lục I"))
				.findFirst()
				.orElseThrow();
			List<IBodyElement> elements = doc.getBodyElements();
			int labelAt = elements.indexOf(label);

			assertThat(label.isPageBreak()).isTrue();
			assertThat(elements.subList(labelAt, elements.size()))
				.anySatisfy(e -> assertThat(e).isInstanceOf(XWPFTable.class));
			assertThat(docxParagraphTexts(renderer.render(SampleDocuments.plan())))
				.contains("(Kèm theo Kế hoạch số 12/KH-MTTQ-BTT ngày 15/01/2026)", "Tổ 12, phường Ngọc Thụy");
		}
	}

	@Test
	void keepsMarkupAndAmpersandsInUserTextLiteral() {
		String hostile = "<script>alert(1)</script> Tổ dân phố số 5 & 6 <b>đậm</b>";

		List<String> paragraphs = docxParagraphTexts(renderer.render(SampleDocuments.withHostileText(hostile)));

		assertThat(paragraphs).contains(hostile, "- " + hostile);
	}

	@Test
	void putsThePlaceAndDateTopRightWhenThereIsNoMotto() throws IOException {
		try (XWPFDocument doc = docx(renderer.render(SampleDocuments.withHostileText("Thông báo")))) {
			XWPFTable header = doc.getTables().get(0);

			assertThat(header.getRow(0).getCell(1).getText()).isEqualTo("Bồ Đề, ngày 02 tháng 3 năm 2026");
			assertThat(header.getRow(1).getCell(0).getText()).isEmpty();
		}
	}

}
