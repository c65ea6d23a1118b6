package vn.giamsat.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReadingTest {

	@TempDir
	Path dir;

	private final TabularFileReader reader = new TabularFileReader();

	@Test
	void skipsTheBomAndKeepsQuotedCommasQuotesAndLineBreaksInsideCells() throws Exception {
		String csv = "\uFEFFma,ten,ghi_chu\r\n" + "DV01,\"Phường Bồ Đề, Long Biên\",\"dòng 1\r\ndòng 2\"\r\n"
				+ "DV02,\"Tổ \"\"Hoa Sữa\"\"\",\r\n";

		assertThat(ImportFiles.readAll(reader, new ImportFiles(dir).csv(csv))).containsExactly("1:[ma, ten, ghi_chu]",
				"2:[DV01, Phường Bồ Đề, Long Biên, dòng 1\r\ndòng 2]", "3:[DV02, Tổ \"Hoa Sữa\", ]");
	}

	@Test
	void countsRowsAsRecordsSoAMultiLineCellDoesNotShiftLaterRowNumbers() throws Exception {
		String csv = "ma,ghi_chu\n\"A\",\"x\ny\nz\"\nB,\n\nC,last";

		assertThat(ImportFiles.readAll(reader, new ImportFiles(dir).csv(csv))).containsExactly("1:[ma, ghi_chu]",
				"2:[A, x\ny\nz]", "3:[B, ]", "4:[]", "5:[C, last]");
	}

	@Test
	void acceptsLoneCarriageReturnsAsLineEnds() throws Exception {
		assertThat(ImportFiles.readAll(reader, new ImportFiles(dir).csv("a,b\rc,d\r"))).containsExactly("1:[a, b]",
				"2:[c, d]");
	}

	@Test
	void readsSemicolonSeparatedFilesAsSavedByExcelWithVietnameseRegionalSettings() throws Exception {
		assertThat(ImportFiles.readAll(reader, new ImportFiles(dir).csv("ma;ten\nDV01;\"Hà Nội; Long Biên\"\n")))
			.containsExactly("1:[ma, ten]", "2:[DV01, Hà Nội; Long Biên]");
	}

	@Test
	void rejectsWindows1258BytesNamingTheRowWhereTheyAppear() throws Exception {
		byte[] content = concat("ma,ho_ten\nP1,Nguyen An\n".getBytes(StandardCharsets.US_ASCII),
				"P2,Nguy".getBytes(StandardCharsets.US_ASCII), new byte[] { (byte) 0xD2 },
				"n V\u0103n\n".getBytes(Charset.forName("windows-1258")));

		ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
				() -> ImportFiles.readAll(reader, new ImportFiles(dir).bytes("p.csv", content)));

		assertThat(e.errors()).containsExactly(new ImportError(3, null, ImportMessages.FILE_NOT_UTF8, 3));
	}

	@Test
	void rejectsLatin1TextAtTheStartOfARowBlamingThatRow() throws Exception {
		byte[] content = "ten\nAn\nÉtienne\n".getBytes(StandardCharsets.ISO_8859_1);

		ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
				() -> ImportFiles.readAll(reader, new ImportFiles(dir).bytes("p.csv", content)));

		assertThat(e.errors()).extracting(ImportError::row, ImportError::messageCode)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, ImportMessages.FILE_NOT_UTF8));
	}

	@Test
	void reportsAnUnclosedQuoteWithTheRowWhereTheCellStarts() throws Exception {
		ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
				() -> ImportFiles.readAll(reader, new ImportFiles(dir).csv("ma,ten\nA,\"never closed\nB,x\n")));

		assertThat(e.errors()).containsExactly(new ImportError(2, null, ImportMessages.CSV_UNCLOSED_QUOTE, 2));
	}

	@Test
	void reportsTextAfterAClosingQuote() throws Exception {
		ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
				() -> ImportFiles.readAll(reader, new ImportFiles(dir).csv("ma,ten\nA,\"x\"y\n")));

		assertThat(e.errors()).extracting(ImportError::messageCode).containsExactly(ImportMessages.CSV_BAD_QUOTE);
	}

	@Test
	void keepsAQuoteInsideAnUnquotedCellAsTyped() throws Exception {
		assertThat(ImportFiles.readAll(reader, new ImportFiles(dir).csv("a\n5\"3\n"))).containsExactly("1:[a]",
				"2:[5\"3]");
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
