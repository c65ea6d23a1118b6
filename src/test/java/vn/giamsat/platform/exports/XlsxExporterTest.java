package vn.giamsat.platform.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxExporterTest {

	record Person(String code, String name, Integer birthYear, LocalDate joined, OffsetDateTime updated, Double score) {
	}

	private static final List<ExportColumn<Person>> COLUMNS = List.of(ExportColumn.text("Mã", Person::code),
			ExportColumn.<Person>text("Họ và tên", Person::name).width(30),
			ExportColumn.integer("Năm sinh", Person::birthYear), ExportColumn.date("Ngày vào Đảng", Person::joined),
			ExportColumn.dateTime("Cập nhật", Person::updated), ExportColumn.decimal("Điểm", Person::score));

	private final XlsxExporter exporter = new XlsxExporter();

	private XSSFWorkbook export(List<Person> people) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exporter.export("Danh sách cán bộ", "Danh sách cán bộ, đảng viên", COLUMNS, people, out);
		return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
	}

	@Test
	void writesTitleThenABoldFrozenFilteredHeaderThenTypedCells() throws Exception {
		Person an = new Person("P001", "Nguyễn Văn An", 1975, LocalDate.of(2001, 5, 19),
				OffsetDateTime.of(2025, 1, 31, 1, 30, 0, 0, ZoneOffset.UTC), 8.5);

		try (XSSFWorkbook workbook = export(List.of(an))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			Row header = sheet.getRow(1);
			Row row = sheet.getRow(2);

			assertThat(workbook.getSheetName(0)).isEqualTo("Danh sách cán bộ");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Danh sách cán bộ, đảng viên");
			assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
			assertThat(workbook.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:F3");
			assertThat(sheet.getColumnWidth(1)).isEqualTo(30 * 256);

			assertThat(row.getCell(0).getStringCellValue()).isEqualTo("P001");
			assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(1975);
			assertThat(row.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2001, 5, 19));
			assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
			assertThat(row.getCell(4).getLocalDateTimeCellValue().getHour()).isEqualTo(8);
			assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(8.5);
		}
	}

	@Test
	void leavesNullValuesBlankAndWritesFormulaLikeTextAsText() throws Exception {
		Person odd = new Person("=HYPERLINK(\"x\")", null, null, null, null, null);

		try (XSSFWorkbook workbook = export(List.of(odd))) {
			Row row = workbook.getSheetAt(0).getRow(2);

			assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
			assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.BLANK);
			assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
		}
	}

	@Test
	void streamsManyRowsFromAStream() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exporter.export("Danh sách", null, COLUMNS, IntStream.range(0, 5_000)
			.mapToObj(i -> new Person("P" + i, "Người " + i, 1950 + i % 50, null, null, null)), out);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã");
			assertThat(sheet.getLastRowNum()).isEqualTo(5_000);
			assertThat(sheet.getRow(5_000).getCell(0).getStringCellValue()).isEqualTo("P4999");
		}
	}

}
