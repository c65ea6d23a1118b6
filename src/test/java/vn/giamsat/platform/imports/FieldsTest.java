package vn.giamsat.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldsTest {

	private static final ImportColumns PEOPLE = ImportColumns.of(ImportColumn.required("ma", "Mã"),
			ImportColumn.required("ho_ten", "Họ và tên"),
			ImportColumn.optional("gioi_tinh", "Giới tính").codes("NAM", "NU"),
			ImportColumn.optional("nam_sinh", "Năm sinh").type(ColumnType.INTEGER),
			ImportColumn.optional("tieu_chi", "Tiêu chí").codeList("QD522-01", "QD522-02"),
			ImportColumn.optional("tu", "Từ ngày").type(ColumnType.DATE),
			ImportColumn.optional("den", "Đến ngày").type(ColumnType.DATE));

	private final ImportErrors errors = new ImportErrors();

	@Test
	void treatsASpaceOnlyNameAsMissing() {
		ImportRow row = ImportFiles.row(7, PEOPLE, "ma", "P1", "ho_ten", "  \u00A0 ");

		assertThat(Fields.requiredText(row, "ho_ten", 255, errors)).isNull();
		assertThat(errors.list())
			.containsExactly(new ImportError(7, "ho_ten", ImportMessages.FIELD_REQUIRED, "Họ và tên"));
	}

	@Test
	void normalisesTextAndRejectsTextLongerThanTheLimit() {
		ImportRow ok = ImportFiles.row(2, PEOPLE, "ho_ten", "Nguye\u0302\u0303n   Văn  An");
		ImportRow tooLong = ImportFiles.row(3, PEOPLE, "ho_ten", "Đ".repeat(256));

		assertThat(Fields.text(ok, "ho_ten", 255, errors)).isEqualTo("Nguyễn Văn An");
		assertThat(Fields.text(tooLong, "ho_ten", 255, errors)).isNull();
		assertThat(errors.list())
			.containsExactly(new ImportError(3, "ho_ten", ImportMessages.FIELD_TOO_LONG, "Họ và tên", 255, 256));
	}

	@Test
	void acceptsIsoAndVietnameseDatesOnly() {
		assertThat(DateFields.parse("2025-12-31")).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(DateFields.parse("31/12/2025")).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(DateFields.parse("1/2/2025")).isEqualTo(LocalDate.of(2025, 2, 1));
		assertThat(DateFields.parse("12/31/2025")).isNull();
		assertThat(DateFields.parse("2025-02-30")).isNull();
		assertThat(DateFields.parse("31.12.2025")).isNull();
	}

	@Test
	void reportsADateInTheWrongFormatWithTheValueTyped() {
		ImportRow row = ImportFiles.row(4, PEOPLE, "tu", "2025/31/12");

		assertThat(DateFields.date(row, "tu", errors)).isNull();
		assertThat(errors.list())
			.containsExactly(new ImportError(4, "tu", ImportMessages.FIELD_DATE, "Từ ngày", "2025/31/12"));
	}

	@Test
	void reportsAnEndDateBeforeTheStartDateOnTheEndColumn() {
		ImportRow row = ImportFiles.row(5, PEOPLE, "tu", "01/07/2025", "den", "2025-06-30");
		LocalDate from = DateFields.date(row, "tu", errors);
		LocalDate to = DateFields.date(row, "den", errors);

		assertThat(DateFields.order(row, "tu", from, "den", to, errors)).isFalse();
		assertThat(errors.list()).containsExactly(new ImportError(5, "den", ImportMessages.FIELD_DATE_ORDER, "Từ ngày",
				"01/07/2025", "Đến ngày", "2025-06-30"));
	}

	@Test
	void acceptsEqualDatesAndMissingDatesInOrderChecks() {
		ImportRow row = ImportFiles.row(5, PEOPLE, "tu", "2025-07-01", "den", "01/07/2025");

		assertThat(DateFields.order(row, "tu", DateFields.date(row, "tu", errors), "den",
				DateFields.date(row, "den", errors), errors))
			.isTrue();
		assertThat(DateFields.order(row, "tu", null, "den", LocalDate.MIN, errors)).isTrue();
		assertThat(errors.hasErrors()).isFalse();
	}

	@Test
	void checksIntegersAndTheirRange() {
		assertThat(Fields.integer(ImportFiles.row(2, PEOPLE, "nam_sinh", "1975"), "nam_sinh", 1900, 2100, errors))
			.isEqualTo(1975);
		assertThat(Fields.integer(ImportFiles.row(3, PEOPLE, "nam_sinh", "197x"), "nam_sinh", 1900, 2100, errors))
			.isNull();
		assertThat(Fields.integer(ImportFiles.row(4, PEOPLE, "nam_sinh", "1875"), "nam_sinh", 1900, 2100, errors))
			.isNull();

		assertThat(errors.list()).containsExactly(
				new ImportError(3, "nam_sinh", ImportMessages.FIELD_INTEGER, "Năm sinh", "197x"),
				new ImportError(4, "nam_sinh", ImportMessages.FIELD_RANGE, "Năm sinh", "1875", "1900", "2100"));
	}

	@Test
	void acceptsCodesTypedInVietnameseOrLowerCaseAndListsAllowedValuesOtherwise() {
		List<String> allowed = List.of("NAM", "NU");

		assertThat(Fields.code(ImportFiles.row(2, PEOPLE, "gioi_tinh", "Nữ"), "gioi_tinh", allowed, errors))
			.isEqualTo("NU");
		assertThat(Fields.code(ImportFiles.row(3, PEOPLE, "gioi_tinh", "nam"), "gioi_tinh", allowed, errors))
			.isEqualTo("NAM");
		assertThat(Fields.code(ImportFiles.row(4, PEOPLE, "gioi_tinh", "Khác"), "gioi_tinh", allowed, errors)).isNull();

		assertThat(errors.list()).containsExactly(
				new ImportError(4, "gioi_tinh", ImportMessages.FIELD_CODE, "Giới tính", "Khác", "NAM, NU"));
	}

	@Test
	void splitsCodeListsOnSemicolonsReportingEachUnknownCode() {
		List<String> allowed = List.of("QD522-01", "QD522-02");
		ImportRow row = ImportFiles.row(6, PEOPLE, "tieu_chi", "QD522-02; ;QD522-01;X;QD522-02");

		assertThat(Fields.codeList(row, "tieu_chi", allowed, errors)).containsExactly("QD522-02", "QD522-01");
		assertThat(errors.list()).extracting(ImportError::argList)
			.containsExactly(List.of("Tiêu chí", "X", "QD522-01, QD522-02"));
	}

	@Test
	void namesBothRowsOfADuplicateKey() {
		UniqueKeys keys = new UniqueKeys();

		assertThat(keys.add(ImportFiles.row(2, PEOPLE, "ma", "P001"), "ma", errors)).isTrue();
		assertThat(keys.add(ImportFiles.row(3, PEOPLE, "ma", "P002"), "ma", errors)).isTrue();
		assertThat(keys.add(ImportFiles.row(9, PEOPLE, "ma", " P001 "), "ma", errors)).isFalse();

		assertThat(errors.list())
			.containsExactly(new ImportError(9, "ma", ImportMessages.FIELD_DUPLICATE, "Mã", "P001", 2));
	}

	@Test
	void canCompareKeysIgnoringCaseAndDiacritics() {
		UniqueKeys keys = UniqueKeys.folded();
		keys.add(ImportFiles.row(2, PEOPLE, "ma", "TỔ-01"), "ma", errors);

		assertThat(keys.add(ImportFiles.row(3, PEOPLE, "ma", "to-01"), "ma", errors)).isFalse();
	}

	@Test
	void stopsCollectingAtTheCapWithOneTruncationNotice() {
		ImportErrors capped = new ImportErrors(2);
		for (int i = 0; i < 5; i++) {
			capped.add(i + 2, "ma", ImportMessages.FIELD_REQUIRED, "Mã");
		}

		assertThat(capped.list()).hasSize(3).last().isEqualTo(ImportError.ofFile(ImportMessages.ERRORS_TRUNCATED, 2));
		assertThat(capped.isFull()).isTrue();
	}

}
