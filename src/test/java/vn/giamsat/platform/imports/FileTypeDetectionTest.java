package vn.giamsat.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTypeDetectionTest {

	@TempDir
	Path dir;

	private final TabularFileReader reader = new TabularFileReader();

	@Test
	void rejectsAPdfRenamedToXlsx() throws Exception {
		ImportSource source = new ImportFiles(dir).bytes("danh-sach.xlsx",
				"%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII));

		assertThat(codeOf(source)).isEqualTo(ImportMessages.FILE_PDF);
	}

	@Test
	void rejectsATextFileRenamedToXlsx() throws Exception {
		ImportSource source = new ImportFiles(dir).bytes("danh-sach.xlsx",
				"ma,ten\nA,B\n".getBytes(StandardCharsets.UTF_8));

		assertThat(codeOf(source)).isEqualTo(ImportMessages.FILE_NOT_XLSX);
	}

	@Test
	void rejectsAZipWithoutAWorkbook() throws Exception {
		ImportSource source = new ImportFiles(dir).bytes("danh-sach.xlsx",
				zip("readme.txt", "xin chào".getBytes(StandardCharsets.UTF_8)));

		assertThat(codeOf(source)).isEqualTo(ImportMessages.FILE_NOT_WORKBOOK);
	}

	@Test
	void rejectsAnOldBinaryXlsWorkbook() throws Exception {
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0,
				0 };

		assertThat(codeOf(new ImportFiles(dir).bytes("cu.xls", ole2))).isEqualTo(ImportMessages.FILE_LEGACY_XLS);
	}

	@Test
	void rejectsAnHtmlTableExportedUnderAnExcelName() throws Exception {
		ImportSource source = new ImportFiles(dir).bytes("bao-cao.xls",
				"\uFEFF  <html><table><tr><td>Mã</td></tr></table></html>".getBytes(StandardCharsets.UTF_8));

		assertThat(codeOf(source)).isEqualTo(ImportMessages.FILE_BINARY);
	}

	@Test
	void rejectsAnEmptyFile() throws Exception {
		assertThat(codeOf(new ImportFiles(dir).bytes("rong.csv", new byte[0]))).isEqualTo(ImportMessages.FILE_EMPTY);
	}

	@Test
	void rejectsAFileAboveTheSizeLimitBeforeReadingIt() throws Exception {
		TabularFileReader small = new TabularFileReader(ImportLimits.ofMaxBytes(1024 * 1024));
		ImportSource source = new ImportFiles(dir).bytes("lon.csv", new byte[1024 * 1024 + 1]);

		ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
				() -> small.read(source, (row, cells) -> {
				}));

		assertThat(e.errors()).containsExactly(ImportError.ofFile(ImportMessages.FILE_TOO_LARGE, 1L));
	}

	@Test
	void stopsSpoolingAnUploadAsSoonAsItExceedsTheLimitAndLeavesNoTemporaryFile() throws Exception {
		ImportLimits limits = ImportLimits.ofMaxBytes(1024 * 1024);
		long before = countTempUploads();

		ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
				() -> ImportSource.spool(new ByteArrayInputStream(new byte[3 * 1024 * 1024]), "lon.csv", limits));

		assertThat(e.errors()).extracting(ImportError::messageCode).containsExactly(ImportMessages.FILE_TOO_LARGE);
		assertThat(countTempUploads()).isEqualTo(before);
	}

	@Test
	void deletesTheSpooledCopyOnClose() throws Exception {
		Path spooled;
		try (ImportSource source = ImportSource.spool(
				new ByteArrayInputStream("ma\nA\n".getBytes(StandardCharsets.UTF_8)), "a.csv", ImportLimits.DEFAULTS)) {
			spooled = source.path();
			assertThat(ImportFiles.readAll(reader, source)).containsExactly("1:[ma]", "2:[A]");
		}
		assertThat(spooled).doesNotExist();
	}

	@Test
	void readsARealWorkbookWhateverItsName() throws Exception {
		ImportSource workbook = new ImportFiles(dir).xlsx("tai-len.csv", new Object[] { "ma" }, new Object[] { "A" });

		assertThat(ImportFiles.readAll(reader, workbook)).containsExactly("1:[ma]", "2:[A]");
	}

	@Test
	void rejectsAZipBombInsteadOfExpandingIt() throws Exception {
		// A real workbook whose sheet is padded with 20 MB of spaces: compresses about
		// 1000:1.
		ImportSource ok = new ImportFiles(dir).xlsx("ok.xlsx", new Object[] { "ma" });
		byte[] sheet = ("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats"
				+ ".org/spreadsheetml/2006/main\"><sheetData>" + " ".repeat(20_000_000) + "</sheetData></worksheet>")
			.getBytes(StandardCharsets.US_ASCII);
		Path padded = rewriteEntry(ok.path(), "xl/worksheets/sheet1.xml", sheet);

		assertThat(codeOf(ImportSource.ofFile(padded, "bomb.xlsx"))).isEqualTo(ImportMessages.FILE_ZIP_BOMB);
	}

	private String codeOf(ImportSource source) {
		ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
				() -> reader.read(source, (row, cells) -> {
				}));
		assertThat(e).as("rejected").isNotNull();
		assertThat(e.errors()).hasSize(1);
		return e.errors().get(0).messageCode();
	}

	private Path rewriteEntry(Path workbook, String name, byte[] content) throws IOException {
		Path target = dir.resolve("rewritten.xlsx");
		try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(workbook));
				var out = new ZipOutputStream(Files.newOutputStream(target))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				byte[] data = in.readAllBytes();
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(entry.getName().equals(name) ? content : data);
				out.closeEntry();
			}
		}
		return target;
	}

	private static byte[] zip(String name, byte[] content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			out.putNextEntry(new ZipEntry(name));
			out.write(content);
			out.closeEntry();
		}
		return bytes.toByteArray();
	}

	private static long countTempUploads() throws IOException {
		try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter(p -> p.getFileName().toString().startsWith("giamsat-import-")).count();
		}
	}

}
