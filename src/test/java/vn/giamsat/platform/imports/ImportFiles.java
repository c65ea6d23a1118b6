package vn.giamsat.platform.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds upload files for tests: CSV bytes and small workbooks written with POI. */
public final class ImportFiles {

	private final Path dir;

	ImportFiles(Path dir) {
		this.dir = dir;
	}

	ImportSource bytes(String name, byte[] content) throws IOException {
		Path file = dir.resolve(name);
		Files.write(file, content);
		return ImportSource.ofFile(file, name);
	}

	ImportSource csv(String text) throws IOException {
		return bytes("data.csv", text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A workbook whose cells are Strings, Numbers, LocalDates (formatted dd/mm/yyyy) or
	 * null.
	 */
	ImportSource xlsx(String name, Object[]... rows) throws IOException {
		Path file = dir.resolve(name);
		writeXlsx(file, "Sheet1", rows);
		return ImportSource.ofFile(file, name);
	}

	/**
	 * Writes a one-sheet workbook whose cells are Strings, Numbers, LocalDates (formatted
	 * dd/mm/yyyy) or null; for tests of any module that upload a real workbook.
	 */
	public static void writeXlsx(Path file, String sheetName, Object[]... rows) throws IOException {
		try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			Sheet sheet = workbook.createSheet(sheetName);
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					Object value = rows[r][c];
					if (value == null) {
						continue;
					}
					Cell cell = row.createCell(c);
					if (value instanceof Number n) {
						cell.setCellValue(n.doubleValue());
					}
					else if (value instanceof LocalDate d) {
						cell.setCellValue(d);
						cell.setCellStyle(date);
					}
					else {
						cell.setCellValue(value.toString());
					}
				}
			}
			workbook.write(out);
		}
	}

	/** Every row the reader hands over, blank ones included, as "row:cells". */
	static List<String> readAll(TabularFileReader reader, ImportSource source) {
		List<String> rows = new ArrayList<>();
		reader.read(source, (row, cells) -> rows.add(row + ":" + cells));
		return rows;
	}

	static ImportRow row(int number, ImportColumns columns, String... keyValues) {
		List<String> header = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			header.add(keyValues[i]);
			cells.add(keyValues[i + 1]);
		}
		HeaderMap map = columns.match(1, header, new ImportErrors());
		return new ImportRow(number, cells, map);
	}

}
