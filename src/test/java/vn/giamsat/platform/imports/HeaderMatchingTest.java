package vn.giamsat.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeaderMatchingTest {

	@TempDir
	Path dir;

	private final ImportReader reader = new ImportReader();

	@Test
	void matchesHeadersIgnoringCaseDiacriticsSpacesAndUnderscores() throws Exception {
		for (String header : List.of("Mã đơn vị cha", "ma_don_vi_cha", "MA DON VI CHA", "  mã_ĐƠN vị  cha ",
				"Ma-Don-Vi-Cha")) {
			ImportSource source = new ImportFiles(dir).csv("ma,ten,cap," + header + "\nPX1,Bồ Đề,PHUONG_XA,QH1\n");
			List<String> parents = new ArrayList<>();

			reader.forEachRow(source, Units.COLUMNS, row -> parents.add(row.get("ma_don_vi_cha")));

			assertThat(parents).as(header).containsExactly("QH1");
		}
	}

	@Test
	void readsColumnsByNameInAnyOrderAndIgnoresUnknownColumns() throws Exception {
		ImportSource source = new ImportFiles(dir).csv("Ghi chú riêng,Tên,Cấp,Mã\nxyz,  Phường Bồ Đề ,PHUONG_XA,PX1\n");
		List<ImportRow> rows = new ArrayList<>();

		reader.forEachRow(source, Units.COLUMNS, rows::add);

		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.row()).isEqualTo(2);
			assertThat(row.get("ma")).isEqualTo("PX1");
			assertThat(row.get("ten")).isEqualTo("Phường Bồ Đề");
			assertThat(row.get("hieu_luc_tu")).isNull();
			assertThat(row.hasColumn("hieu_luc_tu")).isFalse();
		});
	}

	@Test
	void reportsEachMissingRequiredColumn() throws Exception {
		ImportSource source = new ImportFiles(dir).csv("ma,hieu_luc_tu\nPX1,2025-01-01\n");

		ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
				() -> reader.forEachRow(source, Units.COLUMNS, row -> {
				}));

		assertThat(e.errors()).containsExactly(new ImportError(1, "ten", ImportMessages.HEADER_MISSING, "Tên"),
				new ImportError(1, "cap", ImportMessages.HEADER_MISSING, "Cấp"));
	}

	@Test
	void reportsAColumnGivenTwiceWithBothColumnLetters() throws Exception {
		ImportSource source = new ImportFiles(dir).csv("ma,ten,cap,Mã\nA,B,PHUONG_XA,C\n");

		ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
				() -> reader.forEachRow(source, Units.COLUMNS, row -> {
				}));

		assertThat(e.errors())
			.containsExactly(new ImportError(1, "ma", ImportMessages.HEADER_DUPLICATE, "Mã", "A", "D"));
	}

	@Test
	void rejectsACsvWithoutAHeaderRowListingTheExpectedColumns() throws Exception {
		ImportSource source = new ImportFiles(dir).csv("PX1,Bồ Đề,PHUONG_XA\nPX2,Cự Khối,PHUONG_XA\n");

		ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
				() -> reader.forEachRow(source, Units.COLUMNS, row -> {
				}));

		assertThat(e.errors()).containsExactly(ImportError.ofFile(ImportMessages.HEADER_NOT_FOUND,
				"Mã, Tên, Cấp, Mã đơn vị cha, Hiệu lực từ, Hiệu lực đến"));
	}

	@Test
	void rejectsAFileOfBlankLinesAsHavingNoHeader() throws Exception {
		ImportSource source = new ImportFiles(dir).csv("\n , \n\n");

		ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
				() -> reader.forEachRow(source, Units.COLUMNS, row -> {
				}));

		assertThat(e.errors()).extracting(ImportError::messageCode).containsExactly(ImportMessages.FILE_NO_HEADER);
	}

	@Test
	void skipsBlankRowsButKeepsTheFileRowNumbers() throws Exception {
		ImportSource source = new ImportFiles(dir).csv("ma,ten,cap\nA,X,PHUONG_XA\n,,\n\u00A0, ,\nB,Y,PHUONG_XA\n");
		List<Integer> rows = new ArrayList<>();

		int count = reader.forEachRow(source, Units.COLUMNS, row -> rows.add(row.row()));

		assertThat(rows).containsExactly(2, 5);
		assertThat(count).isEqualTo(2);
	}

	@Test
	void refusesToDeclareTwoColumnsThatWouldFoldToTheSameHeader() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(
					() -> ImportColumns.of(ImportColumn.required("ma", "Mã"), ImportColumn.optional("MA", "Mã khác")));
	}

}
