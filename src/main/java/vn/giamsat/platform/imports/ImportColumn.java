package vn.giamsat.platform.imports;

import java.util.List;
import java.util.Objects;

/**
 * One column a dataset accepts. The {@code key} is the stable English-ASCII name used in
 * code and in error reports ({@code ma_don_vi}); the {@code header} is the Vietnamese
 * label written in the template ({@code Mã đơn vị}). Either spelling is accepted in an
 * uploaded file.
 *
 * <pre>{@code
 * ImportColumn.required("ma", "Mã").maxLength(50)
 * ImportColumn.optional("cap", "Cấp").codes("TINH_THANH", "QUAN_HUYEN")
 * ImportColumn.optional("hieu_luc_tu", "Hiệu lực từ").type(ColumnType.DATE)
 * }</pre>
 *
 * @param noteCode optional message code of a hint shown in the template's guide sheet
 */
public record ImportColumn(String key, String header, boolean required, ColumnType type, int maxLength,
		List<String> allowed, String noteCode) {

	/** The length most text columns are stored with. */
	public static final int DEFAULT_MAX_LENGTH = 255;

	public ImportColumn {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(type, "type");
		allowed = List.copyOf(allowed);
	}

	public static ImportColumn required(String key, String header) {
		return new ImportColumn(key, header, true, ColumnType.TEXT, DEFAULT_MAX_LENGTH, List.of(), null);
	}

	public static ImportColumn optional(String key, String header) {
		return new ImportColumn(key, header, false, ColumnType.TEXT, DEFAULT_MAX_LENGTH, List.of(), null);
	}

	public ImportColumn type(ColumnType newType) {
		return new ImportColumn(key, header, required, newType, maxLength, allowed, noteCode);
	}

	public ImportColumn maxLength(int max) {
		return new ImportColumn(key, header, required, type, max, allowed, noteCode);
	}

	/**
	 * A column whose value is one of these codes; sets the type to
	 * {@link ColumnType#CODE}.
	 */
	public ImportColumn codes(String... codes) {
		return new ImportColumn(key, header, required, ColumnType.CODE, maxLength, List.of(codes), noteCode);
	}

	/** Like {@link #codes} for an enum, using its constant names. */
	public ImportColumn codes(Class<? extends Enum<?>> enumType) {
		return codes(java.util.Arrays.stream(enumType.getEnumConstants()).map(Enum::name).toArray(String[]::new));
	}

	/**
	 * Several codes separated by {@code ;}; sets the type to
	 * {@link ColumnType#CODE_LIST}.
	 */
	public ImportColumn codeList(String... codes) {
		return new ImportColumn(key, header, required, ColumnType.CODE_LIST, maxLength, List.of(codes), noteCode);
	}

	public ImportColumn note(String messageCode) {
		return new ImportColumn(key, header, required, type, maxLength, allowed, messageCode);
	}
}
