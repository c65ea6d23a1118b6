package vn.giamsat.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TwoPassImportTest {

	@TempDir
	Path dir;

	/**
	 * How a dataset plugs in: parse in both passes, cross-row checks in pass 1, write in
	 * 2.
	 */
	record Unit(String code, String name, String level, String parent, LocalDate from, LocalDate to) {
	}

	static final class UnitImport implements ImportHandler<Unit> {

		final List<List<Unit>> batches = new ArrayList<>();

		final Set<String> existing = Set.of("HN");

		private final UniqueKeys codes = new UniqueKeys();

		private final List<ImportRow> parentRefs = new ArrayList<>();

		@Override
		public Unit parse(ImportRow row, ImportErrors errors) {
			String code = Fields.required(row, "ma", errors);
			String name = Fields.requiredText(row, "ten", 255, errors);
			String level = Fields.required(row, "cap", errors) == null ? null
					: Fields.code(row, "cap", Units.COLUMNS.byKey("cap").orElseThrow().allowed(), errors);
			LocalDate from = DateFields.date(row, "hieu_luc_tu", errors);
			LocalDate to = DateFields.date(row, "hieu_luc_den", errors);
			DateFields.order(row, "hieu_luc_tu", from, "hieu_luc_den", to, errors);
			return new Unit(code, name, level, row.get("ma_don_vi_cha"), from, to);
		}

		@Override
		public void check(ImportRow row, Unit unit, ImportErrors errors) {
			codes.add(row, "ma", errors);
			if (unit.parent() != null) {
				parentRefs.add(row); // a real dataset keeps (row, code) pairs, not rows
			}
		}

		@Override
		public void afterValidation(ImportErrors errors) {
			Set<String> known = new HashSet<>(existing);
			for (ImportRow row : parentRefs) {
				if (!known.contains(row.get("ma_don_vi_cha")) && !codes.contains(row.get("ma_don_vi_cha"))) {
					errors.add(row.row(), "ma_don_vi_cha", "units.parent.unknown", row.get("ma_don_vi_cha"));
				}
			}
		}

		@Override
		public void write(List<Unit> batch) {
			batches.add(batch);
		}

	}

	@Test
	void writesNothingAndReportsEveryErrorWhenAnyRowIsInvalid() throws Exception {
		ImportSource source = new ImportFiles(dir).csv("""
				ma,ten,cap,ma_don_vi_cha,hieu_luc_tu,hieu_luc_den
				LB,Quận Long Biên,QUAN_HUYEN,HN,2003-11-06,
				BD,Phường Bồ Đề,PHUONG_XA,LB,06/11/2003,30/06/2025
				CK,   ,XA,LB,2025-07-01,2025-06-30
				BD,Phường Bồ Đề mới,PHUONG_XA,XX,2025-13-01,
				""");
		UnitImport handler = new UnitImport();

		ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
				() -> new TwoPassImport().run(source, Units.COLUMNS, handler, 2));

		assertThat(handler.batches).isEmpty();
		assertThat(e.errors()).extracting(ImportError::row, ImportError::column, ImportError::messageCode)
			.containsExactly(tuple(4, "ten", ImportMessages.FIELD_REQUIRED), tuple(4, "cap", ImportMessages.FIELD_CODE),
					tuple(4, "hieu_luc_den", ImportMessages.FIELD_DATE_ORDER),
					tuple(5, "hieu_luc_tu", ImportMessages.FIELD_DATE), tuple(5, "ma", ImportMessages.FIELD_DUPLICATE),
					tuple(5, "ma_don_vi_cha", "units.parent.unknown"));
	}

	@Test
	void reportsDuplicateCodesAndUnknownReferencesTogether() throws Exception {
		ImportSource source = new ImportFiles(dir).csv("""
				ma,ten,cap,ma_don_vi_cha
				LB,Quận Long Biên,QUAN_HUYEN,HN
				BD,Phường Bồ Đề,PHUONG_XA,XX
				LB,Long Biên,QUAN_HUYEN,HN
				""");
		UnitImport handler = new UnitImport();

		ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
				() -> new TwoPassImport().run(source, Units.COLUMNS, handler, 2));

		assertThat(e.errors()).containsExactly(new ImportError(3, "ma_don_vi_cha", "units.parent.unknown", "XX"),
				new ImportError(4, "ma", ImportMessages.FIELD_DUPLICATE, "Mã", "LB", 2));
		assertThat(handler.batches).isEmpty();
	}

	@Test
	void writesAValidFileInBatchesInFileOrder() throws Exception {
		ImportSource source = new ImportFiles(dir).xlsx("units.xlsx",
				new Object[] { "Mã", "Tên", "Cấp", "Mã đơn vị cha", "Hiệu lực từ" },
				new Object[] { "LB", "Quận Long Biên", "QUAN_HUYEN", "HN", LocalDate.of(2003, 11, 6) },
				new Object[] { "BD", "Phường Bồ Đề", "phường xã", "LB", "06/11/2003" }, new Object[] {},
				new Object[] { "CK", "Phường Cự Khối", "PHUONG_XA", "LB", null });
		UnitImport handler = new UnitImport();

		int written = new TwoPassImport().run(source, Units.COLUMNS, handler, 2);

		assertThat(written).isEqualTo(3);
		assertThat(handler.batches).extracting(List::size).containsExactly(2, 1);
		assertThat(handler.batches.get(0).get(1))
			.isEqualTo(new Unit("BD", "Phường Bồ Đề", "PHUONG_XA", "LB", LocalDate.of(2003, 11, 6), null));
	}

	@Test
	void rejectsAFileWithAHeaderButNoData() throws Exception {
		ImportSource source = new ImportFiles(dir).csv("ma,ten,cap\n\n");

		ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
				() -> new TwoPassImport().run(source, Units.COLUMNS, new UnitImport(), 10));

		assertThat(e.errors()).containsExactly(ImportError.ofFile(ImportMessages.FILE_NO_ROWS));
	}

	@Test
	void stopsReadingOnceTheErrorCapIsReached() throws Exception {
		StringBuilder csv = new StringBuilder("ma,ten,cap\n");
		for (int i = 0; i < 20_000; i++) {
			csv.append("P").append(i).append(",,\n");
		}
		ImportSource source = new ImportFiles(dir).csv(csv.toString());

		ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
				() -> new TwoPassImport().run(source, Units.COLUMNS, new UnitImport(), 10));

		assertThat(e.errors()).hasSize(ImportErrors.DEFAULT_CAP + 1)
			.first() // file-level first
			.extracting(ImportError::messageCode)
			.isEqualTo(ImportMessages.ERRORS_TRUNCATED);
		assertThat(e.errors().get(e.errors().size() - 1).row()).isLessThan(6_000);
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

}
