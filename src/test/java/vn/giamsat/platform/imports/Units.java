package vn.giamsat.platform.imports;

/** The contract's {@code units} dataset, as tests' example of a declaration. */
final class Units {

	static final ImportColumns COLUMNS = ImportColumns.of(ImportColumn.required("ma", "Mã").maxLength(50),
			ImportColumn.required("ten", "Tên"),
			ImportColumn.required("cap", "Cấp").codes("TINH_THANH", "QUAN_HUYEN", "PHUONG_XA", "TO_DAN_PHO"),
			ImportColumn.optional("ma_don_vi_cha", "Mã đơn vị cha"),
			ImportColumn.optional("hieu_luc_tu", "Hiệu lực từ").type(ColumnType.DATE),
			ImportColumn.optional("hieu_luc_den", "Hiệu lực đến").type(ColumnType.DATE));

	private Units() {
	}

}
