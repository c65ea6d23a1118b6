package vn.giamsat.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxTemplateWriterTest {

	@TempDir
	Path dir;

	private final MessageLookup vietnamese = MessageLookup.ofBundle("messages/imports", Locale.forLanguageTag("vi"));

	private Path writeTemplate() throws Exception {
		Path file = dir.resolve("units.xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			new XlsxTemplateWriter().write(Units.COLUMNS, vietnamese, out);
		}
		return file;
	}

	@Test
	void writesABoldFrozenVietnameseHeaderRowOnTheFirstSheet() throws Exception {
		try (InputStream in = Files.newInputStream(writeTemplate()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet data = workbook.getSheetAt(0);
			Row header = data.getRow(0);

			assertThat(workbook.getSheetName(0)).isEqualTo("Dữ liệu");
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Mã");
			assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Mã đơn vị cha");
			assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(data.getPaneInformation().isFreezePane()).isTrue();
			assertThat(data.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(data.getColumnWidth(3)).isGreaterThan(data.getColumnWidth(0));
			assertThat(data.getDataValidations()).hasSize(1);
		}
	}

	@Test
	void describesEveryColumnOnAGuideSheet() throws Exception {
		try (InputStream in = Files.newInputStream(writeTemplate()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet guide = workbook.getSheet("Hướng dẫn");
			List<String> cap = new ArrayList<>();
			guide.getRow(5).forEach(cell -> cap.add(cell.getStringCellValue()));

			assertThat(guide.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Cột");
			assertThat(cap).containsExactly("Cấp", "cap", "Có", "Một mã trong danh sách giá trị cho phép",
					"TINH_THANH, QUAN_HUYEN, PHUONG_XA, TO_DAN_PHO");
			assertThat(guide.getRow(3).getCell(3).getStringCellValue()).isEqualTo("Văn bản, tối đa 50 ký tự");
			assertThat(guide.getRow(6).getCell(2).getStringCellValue()).isEqualTo("Không");
		}
	}

	@Test
	void readsBackWithEveryColumnMatchedAndNoDataRows() throws Exception {
		ImportSource template = ImportSource.ofFile(writeTemplate(), "units.xlsx");

		ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
				() -> new TwoPassImport().run(template, Units.COLUMNS, new TwoPassImportTest.UnitImport(), 10));

		// No header error: only the absence of data is reported.
		assertThat(e.errors()).containsExactly(ImportError.ofFile(ImportMessages.FILE_NO_ROWS));
	}

}
