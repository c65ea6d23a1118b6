package vn.giamsat.platform.imports;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Word tables as import files: the data table is found after the layout table of an
 * administrative document, merged and multi-paragraph cells are read as users see them,
 * and a document without a usable table is refused with a message, never a 500. Datasets
 * that do not opt in still refuse Word files as before.
 */
class DocxTableReadingTest {

	static final ImportColumns COLUMNS = ImportColumns.of(ImportColumn.required("ma", "Mã"),
			ImportColumn.optional("ten", "Tên"), ImportColumn.optional("ghi_chu", "Ghi chú"));

	@TempDir
	Path dir;

	/** A document with optional paragraphs and tables; a table is a list of rows. */
	Path docx(String name, List<List<List<String>>> tables, boolean spanLastCellOfSecondRow) throws Exception {
		Path file = dir.resolve(name);
		try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			doc.createParagraph().createRun().setText("KẾ HOẠCH TU DƯỠNG, RÈN LUYỆN");
			for (List<List<String>> rows : tables) {
				XWPFTable table = doc.createTable(rows.size(), rows.get(0).size());
				for (int r = 0; r < rows.size(); r++) {
					XWPFTableRow row = table.getRow(r);
					for (int c = 0; c < rows.get(r).size(); c++) {
						XWPFTableCell cell = row.getCell(c);
						String[] paragraphs = rows.get(r).get(c).split("\n");
						cell.getParagraphs().get(0).createRun().setText(paragraphs[0]);
						for (int p = 1; p < paragraphs.length; p++) {
							cell.addParagraph().createRun().setText(paragraphs[p]);
						}
					}
				}
				if (spanLastCellOfSecondRow && rows.size() > 2) {
					XWPFTableRow row = table.getRow(2);
					row.getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
					row.removeCell(2);
				}
				doc.createParagraph().createRun().setText("Ghi chú cuối bảng");
			}
			doc.write(out);
		}
		return file;
	}

	List<String> rows(Path file) {
		List<String> rows = new ArrayList<>();
		new ImportReader(TabularFileReader.withWordTables()).forEachRow(ImportSource.ofFile(file, "ke-hoach.docx"),
				COLUMNS,
				row -> rows.add(row.row() + ":" + row.get("ma") + "|" + row.get("ten") + "|" + row.get("ghi_chu")));
		return rows;
	}

	static String codeOf(Runnable action) {
		try {
			action.run();
		}
		catch (ImportRejectedException e) {
			return e.errors().get(0).messageCode();
		}
		throw new AssertionError("not rejected");
	}

	@Test
	void readsTheFirstTableWithTheDatasetsHeaderSkippingTheLayoutTableAndLaterTables() throws Exception {
		Path file = docx("ke-hoach.docx",
				List.of(List.of(List.of("QUẬN ỦY LONG BIÊN", "ĐẢNG CỘNG SẢN VIỆT NAM")),
						List.of(List.of("Mã", "Tên", "Ghi chú"), List.of("A1", "Nguyễn Văn An\nPhòng Nội vụ", "x"),
								List.of("A2", "Trần Thị Bình", "ignored"), List.of("", "", ""),
								List.of("A3", "Lê Văn Cường", "")),
						List.of(List.of("Mã", "Người lập biểu", ""), List.of("Z9", "không đọc", ""))),
				true);

		assertThat(rows(file)).containsExactly("2:A1|Nguyễn Văn An\nPhòng Nội vụ|x", "3:A2|Trần Thị Bình|null",
				"5:A3|Lê Văn Cường|null");
	}

	@Test
	void aWordDocumentWithoutAnyTableIsRefusedWithItsOwnMessage() throws Exception {
		Path file = dir.resolve("thu.docx");
		try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			doc.createParagraph().createRun().setText("Mã: A1, Tên: Nguyễn Văn An");
			doc.write(out);
		}

		assertThat(codeOf(() -> rows(file))).isEqualTo(ImportMessages.FILE_DOCX_NO_TABLE);
	}

	@Test
	void aTableWithoutRecognisableHeadersIsRefusedListingTheExpectedColumns() throws Exception {
		Path file = docx("bang.docx", List.of(List.of(List.of("Họ tên", "Địa chỉ"), List.of("An", "Đức Giang"))),
				false);

		ImportRejectedException e = org.junit.jupiter.api.Assertions.assertThrows(ImportRejectedException.class,
				() -> rows(file));
		assertThat(e.errors().get(0).messageCode()).isEqualTo(ImportMessages.HEADER_NOT_FOUND);
		assertThat(e.errors().get(0).argList().get(0).toString()).contains("Mã", "Tên");
	}

	@Test
	void readersThatDoNotOptInStillRefuseWordDocumentsAsNotAWorkbook() throws Exception {
		Path file = docx("ke-hoach.docx", List.of(List.of(List.of("Mã", "Tên"), List.of("A1", "An"))), false);

		assertThat(
				codeOf(() -> new TabularFileReader().read(ImportSource.ofFile(file, "ke-hoach.docx"), (row, cells) -> {
				})))
			.isEqualTo(ImportMessages.FILE_NOT_WORKBOOK);
		assertThatThrownBy(() -> new ImportReader().forEachRow(ImportSource.ofFile(file, "x.docx"), COLUMNS, r -> {
		})).isInstanceOf(ImportRejectedException.class);
	}

	@Test
	void aDamagedWordDocumentIsRefusedAsUnreadable() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<w:document><w:body><w:tbl>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		Path file = dir.resolve("hong.docx");
		Files.write(file, bytes.toByteArray());

		assertThat(codeOf(() -> rows(file))).isEqualTo(ImportMessages.FILE_NOT_DOCUMENT);
	}

	@Test
	void workbooksAndCsvAreReadAsBeforeByAReaderThatAcceptsWordTables() throws Exception {
		ImportSource csv = new ImportFiles(dir).csv("ma,ten\nA1,An\n");
		ImportSource xlsx = new ImportFiles(dir).xlsx("a.xlsx", new Object[] { "ma", "ten" },
				new Object[] { "A1", "An" });

		assertThat(ImportFiles.readAll(TabularFileReader.withWordTables(), csv)).containsExactly("1:[ma, ten]",
				"2:[A1, An]");
		assertThat(ImportFiles.readAll(TabularFileReader.withWordTables(), xlsx)).containsExactly("1:[ma, ten]",
				"2:[A1, An]");
	}

}
