package vn.giamsat.platform.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadCheckTest {

	static final UploadCheck ANY = UploadCheck
		.accepting(FileType.JPEG, FileType.PNG, FileType.WEBP, FileType.PDF, FileType.DOCX, FileType.XLSX)
		.field("files")
		.maxBytes(1024 * 1024)
		.maxFiles(2, "test.tooMany")
		.refusals("test.type", "test.size")
		.whenEmpty("test.empty");

	static final byte[] EXECUTABLE = "MZ\u0090\u0000\u0003 This program cannot be run in DOS mode."
		.getBytes(StandardCharsets.ISO_8859_1);

	@Test
	void eachAcceptedTypeIsRecognisedByItsContentWhateverItsName() throws Exception {
		assertThat(ANY.require("anh", image("jpg"))).isEqualTo(FileType.JPEG);
		assertThat(ANY.require("anh.pdf", image("png"))).isEqualTo(FileType.PNG);
		assertThat(ANY.require("anh.webp", webp())).isEqualTo(FileType.WEBP);
		assertThat(ANY.require("bien-ban.pdf", pdf())).isEqualTo(FileType.PDF);
		assertThat(ANY.require("bao-cao.docx", docx())).isEqualTo(FileType.DOCX);
		assertThat(ANY.require("danh-sach.xlsx", xlsx())).isEqualTo(FileType.XLSX);
		assertThat(FileType.XLSX.mediaType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	@Test
	void anExecutableRenamedJpgIsRefusedWithTheModulesTypeMessageAndTheFileName() {
		List<Problem> problems = new ArrayList<>();
		assertThat(ANY.check("C:\\Users\\an\\anh.jpg", EXECUTABLE, problems)).isEmpty();
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.field()).isEqualTo("files");
			assertThat(p.code()).isEqualTo("test.type");
			assertThat(p.args()).containsExactly("anh.jpg");
		});
	}

	@Test
	void aZipThatIsNeitherAWordDocumentNorAWorkbookIsRefused() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("setup.exe"));
			zip.write(EXECUTABLE);
		}
		assertThatThrownBy(() -> ANY.require("bao-cao.docx", out.toByteArray())).isInstanceOf(UserInputException.class);
		assertThat(FileType.of("PK\u0003\u0004 truncated".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
	}

	@Test
	void anEmptyOrMissingFileIsRefusedWithTheEmptyMessageOrElseTheTypeMessage() {
		List<Problem> problems = new ArrayList<>();
		assertThat(ANY.check("anh.png", new byte[0], problems)).isEmpty();
		assertThat(ANY.check("anh.png", null, problems)).isEmpty();
		assertThat(problems).extracting(Problem::code).containsExactly("test.empty", "test.empty");
		assertThatThrownBy(() -> UploadCheck.accepting(FileType.PDF).refusals("x.type", "x.size").require("a", null))
			.isInstanceOf(UserInputException.class)
			.satisfies(ex -> assertThat(((UserInputException) ex).problems()).extracting(Problem::code)
				.containsExactly("x.type"));
	}

	@Test
	void aFileOverTheLimitIsRefusedWithItsNameAndTheLimitInMegabytes() throws Exception {
		byte[] big = Arrays.copyOf(image("png"), 1024 * 1024 + 1);
		List<Problem> problems = new ArrayList<>();
		assertThat(ANY.check("lon.png", big, problems)).isEmpty();
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo("test.size");
			assertThat(p.args()).containsExactly("lon.png", 1L);
		});
		assertThat(ANY.check("vua.png", Arrays.copyOf(image("png"), 1024 * 1024), new ArrayList<>())).isPresent();
	}

	@Test
	void aTypeNotAllowedHereIsRefusedEvenThoughItIsRecognised() throws Exception {
		UploadCheck photos = UploadCheck.accepting(FileType.JPEG, FileType.PNG).refusals("p.type", "p.size");
		List<Problem> problems = new ArrayList<>();
		assertThat(photos.check("anh.pdf", pdf(), problems)).isEmpty();
		assertThat(problems).extracting(Problem::code).containsExactly("p.type");
	}

	@Test
	void tooManyFilesAreRefusedWithTheLimitBeforeLookingInsideThem() throws Exception {
		byte[] png = image("png");
		List<byte[]> three = List.of(png, png, EXECUTABLE);
		List<Problem> problems = new ArrayList<>();
		assertThat(ANY.checkAll(three, f -> "anh.png", f -> f, problems)).isEmpty();
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo("test.tooMany");
			assertThat(p.args()).containsExactly(2);
		});
		List<Problem> none = new ArrayList<>();
		assertThat(ANY.checkAll(List.of(png, pdf()), f -> "tep", f -> f, none)).containsExactly(FileType.PNG,
				FileType.PDF);
		assertThat(none).isEmpty();
	}

	@Test
	void whenNamesMustFitAPdfNamedLikeAWordDocumentIsRefused() throws Exception {
		UploadCheck named = ANY.nameMustFit();
		assertThat(named.check("bien-ban.PDF", pdf(), new ArrayList<>())).contains(FileType.PDF);
		assertThat(named.check("anh.jpeg", image("jpg"), new ArrayList<>())).contains(FileType.JPEG);
		List<Problem> problems = new ArrayList<>();
		assertThat(named.check("bien-ban.docx", pdf(), problems)).isEmpty();
		assertThat(named.check("bien-ban", pdf(), problems)).isEmpty();
		assertThat(problems).extracting(Problem::code).containsExactly("test.type", "test.type");
	}

	@Test
	void theNameShownBackHasNoPathAndAtMostTwoHundredCharacters() {
		assertThat(UploadCheck.displayName("/tmp/x/../anh.png")).isEqualTo("anh.png");
		assertThat(UploadCheck.displayName("  ")).isEqualTo("tep");
		assertThat(UploadCheck.displayName("a".repeat(250) + ".pdf")).hasSize(200).endsWith(".pdf");
	}

	static byte[] image(String format) throws Exception {
		BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(ImageIO.write(img, format, out)).isTrue();
		return out.toByteArray();
	}

	/** A lossless WebP header (RIFF container): the JDK cannot write WebP. */
	static byte[] webp() {
		byte[] b = new byte[30];
		byte[] head = "RIFF\u0016\u0000\u0000\u0000WEBPVP8L".getBytes(StandardCharsets.ISO_8859_1);
		System.arraycopy(head, 0, b, 0, head.length);
		return b;
	}

	static byte[] pdf() throws Exception {
		try (PDDocument doc = new PDDocument()) {
			doc.addPage(new PDPage());
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.save(out);
			return out.toByteArray();
		}
	}

	static byte[] docx() throws Exception {
		try (XWPFDocument doc = new XWPFDocument()) {
			doc.createParagraph().createRun().setText("Biên bản giám sát");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.write(out);
			return out.toByteArray();
		}
	}

	static byte[] xlsx() throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			wb.createSheet("Danh sách").createRow(0).createCell(0).setCellValue("Họ và tên");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			wb.write(out);
			return out.toByteArray();
		}
	}

}
