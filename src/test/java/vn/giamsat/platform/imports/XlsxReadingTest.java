package vn.giamsat.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReadingTest {

	@TempDir
	Path dir;

	private final TabularFileReader reader = new TabularFileReader();

	@Test
	void readsCellsAsDisplayedWithDatesAsIsoAndWholeNumbersWithoutDecimals() throws Exception {
		ImportSource source = new ImportFiles(dir).xlsx("p.xlsx",
				new Object[] { "ma", "ho_ten", "nam_sinh", "ngay", "ma_so" },
				new Object[] { "P001", "Nguyễn Văn An", 1975, LocalDate.of(2025, 7, 1), 123456789012L });

		assertThat(ImportFiles.readAll(reader, source)).containsExactly("1:[ma, ho_ten, nam_sinh, ngay, ma_so]",
				"2:[P001, Nguyễn Văn An, 1975, 2025-07-01, 123456789012]");
	}

	@Test
	void keepsEmptyCellsInPlaceSoLaterColumnsDoNotShift() throws Exception {
		ImportSource source = new ImportFiles(dir).xlsx("p.xlsx", new Object[] { "a", "b", "c" },
				new Object[] { null, null, "z" }, new Object[] {}, new Object[] { "x" });

		assertThat(ImportFiles.readAll(reader, source)).containsExactly("1:[a, b, c]", "2:[null, null, z]", "3:[]",
				"4:[x]");
	}

	@Test
	void readsDecimalsFormulasAndDateTimesAsShown() throws Exception {
		Path file = dir.resolve("f.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			CellStyle dateTime = workbook.createCellStyle();
			dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
			Row row = workbook.createSheet().createRow(0);
			row.createCell(0).setCellValue(2.5);
			row.createCell(1).setCellFormula("A1*2");
			row.createCell(2).setCellValue(LocalDateTime.of(2025, 1, 31, 8, 30));
			row.getCell(2).setCellStyle(dateTime);
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			workbook.write(out);
		}

		assertThat(ImportFiles.readAll(reader, ImportSource.ofFile(file, "f.xlsx")))
			.containsExactly("1:[2.5, 5, 2025-01-31 08:30]");
	}

	@Test
	void readsOnlyTheFirstSheet() throws Exception {
		Path file = dir.resolve("two.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("Dữ liệu").createRow(0).createCell(0).setCellValue("first");
			workbook.createSheet("Hướng dẫn").createRow(0).createCell(0).setCellValue("second");
			workbook.write(out);
		}

		assertThat(ImportFiles.readAll(reader, ImportSource.ofFile(file, "two.xlsx"))).containsExactly("1:[first]");
	}

	/**
	 * 20,000 rows keep the suite fast on 2 cores; 100,000 rows were measured by hand with
	 * -Xmx96m: read in 3.5-6 s, at most 65 MB of heap in use.
	 */
	@Test
	void streamsALargeSheetRowByRow() throws Exception {
		int dataRows = 20_000;
		Path file = dir.resolve("large.xlsx");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet();
			Row header = sheet.createRow(0);
			String[] headers = { "ma", "ho_ten", "gioi_tinh", "nam_sinh", "ma_noi_cong_tac" };
			for (int c = 0; c < headers.length; c++) {
				header.createCell(c).setCellValue(headers[c]);
			}
			for (int r = 1; r <= dataRows; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue("P" + r);
				row.createCell(1).setCellValue("Nguyễn Văn " + r);
				row.createCell(2).setCellValue(r % 2 == 0 ? "NAM" : "NU");
				row.createCell(3).setCellValue(1950 + r % 50);
				row.createCell(4).setCellValue("TC" + r % 300);
			}
			workbook.write(out);
		}
		int[] count = { 0 };
		List<String> last = new ArrayList<>();

		reader.read(ImportSource.ofFile(file, "large.xlsx"), (row, cells) -> {
			count[0]++;
			last.clear();
			last.add(row + ":" + cells);
		});

		assertThat(count[0]).isEqualTo(dataRows + 1);
		assertThat(last).containsExactly("20001:[P20000, Nguyễn Văn 20000, NAM, 1950, TC200]");
	}

	@Test
	void stopsAtTheRowLimit() throws Exception {
		TabularFileReader limited = new TabularFileReader(new ImportLimits(1 << 20, 2));
		ImportSource source = new ImportFiles(dir).xlsx("p.xlsx", new Object[] { "a" }, new Object[] { "1" },
				new Object[] { "2" });

		assertThat(org.assertj.core.api.Assertions
			.catchThrowableOfType(ImportRejectedException.class, () -> ImportFiles.readAll(limited, source))
			.errors()).containsExactly(ImportError.ofFile(ImportMessages.FILE_TOO_MANY_ROWS, 2));
	}

}
