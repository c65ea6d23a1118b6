package vn.giamsat.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static vn.giamsat.platform.documents.ReadBack.pdfText;
import static vn.giamsat.platform.documents.ReadBack.squash;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

	private final PdfRenderer renderer = new PdfRenderer();

	@Test
	void extractedTextContainsTheVietnameseStringsExactly() {
		String text = pdfText(renderer.render(SampleDocuments.plan()));

		assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
		assertThat(squash(text)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
				"ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HÀ NỘI", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "Số: 12/KH-MTTQ-BTT",
				"Long Biên, ngày 15 tháng 01 năm 2026", "KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU",
				"- Giám sát đúng đối tượng, nội dung, thời gian;", SampleDocuments.TABLE_CELL, "Nơi nhận:",
				"- Lưu: VT.", "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", SampleDocuments.SIGNER);
	}

	@Test
	void embedsTheShippedSerifFontsInEveryPage() throws IOException {
		try (PDDocument doc = Loader.loadPDF(renderer.render(SampleDocuments.plan()))) {
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : doc.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					fonts.add(resources.getFont(name));
				}
			}

			assertThat(fonts).isNotEmpty().allSatisfy(font -> {
				assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
				assertThat(font.getName()).contains("LiberationSerif");
			});
		}
	}

	@Test
	void printsOnA4Portrait() throws IOException {
		try (PDDocument doc = Loader.loadPDF(renderer.render(SampleDocuments.plan()))) {
			PDRectangle box = doc.getPage(0).getMediaBox();

			assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), offset(1f));
			assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), offset(1f));
		}
	}

	@Test
	void startsEachAnnexOnANewPage() throws IOException {
		byte[] pdf = renderer.render(SampleDocuments.plan());

		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
		}
		assertThat(squash(pdfText(pdf, 1, 1))).doesNotContain("DANH SÁCH CÁN BỘ, ĐẢNG VIÊN ĐƯỢC GIÁM SÁT");
		assertThat(squash(pdfText(pdf, 2, 2))).contains("Phụ lục I", "DANH SÁCH CÁN BỘ, ĐẢNG VIÊN ĐƯỢC GIÁM SÁT",
				"(Kèm theo Kế hoạch số 12/KH-MTTQ-BTT ngày 15/01/2026)", "Tổ 12, phường Ngọc Thụy");
	}

	@Test
	void printsMarkupAndAmpersandsInUserTextLiterally() {
		String hostile = "<script>alert(1)</script> Tổ dân phố số 5 & 6 <b>đậm</b>";

		String text = squash(pdfText(renderer.render(SampleDocuments.withHostileText(hostile))));

		assertThat(text).contains("<script>alert(1)</script> Tổ dân phố số 5 & 6 <b>đậm</b>");
	}

	@Test
	void composesDecomposedVietnameseInput() {
		String decomposed = Normalizer.normalize("Nguyễn Thị Hương", Normalizer.Form.NFD);
		OfficialDocument doc = SampleDocuments.withHostileText(decomposed);

		String text = pdfText(renderer.render(doc));

		assertThat(text).contains("Nguyễn Thị Hương");
	}

	@Test
	void dropsControlCharactersThatWouldBreakTheMarkup() {
		String text = pdfText(renderer.render(SampleDocuments.withHostileText("Bình\u0000\u0007 An")));

		assertThat(text).contains("Bình An");
	}

	@Test
	void rendersIndependentDocumentsConcurrently() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> texts = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				String name = "Cán bộ số " + i;
				texts.add(pool.submit(() -> squash(pdfText(renderer.render(SampleDocuments.withHostileText(name))))));
			}

			for (int i = 0; i < 4; i++) {
				assertThat(texts.get(i).get(60, TimeUnit.SECONDS)).contains("Cán bộ số " + i);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
