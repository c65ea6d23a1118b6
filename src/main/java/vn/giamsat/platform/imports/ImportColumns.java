package vn.giamsat.platform.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns a dataset declares, in template order. Datasets keep one constant of this
 * type and use it both to read uploads and to write the downloadable template, so the two
 * cannot drift.
 *
 * <pre>{@code
 * static final ImportColumns UNITS = ImportColumns.of(
 *         ImportColumn.required("ma", "Mã").maxLength(50),
 *         ImportColumn.required("ten", "Tên"),
 *         ImportColumn.required("cap", "Cấp").codes(UnitLevel.class),
 *         ImportColumn.optional("ma_don_vi_cha", "Mã đơn vị cha"),
 *         ImportColumn.optional("hieu_luc_tu", "Hiệu lực từ").type(ColumnType.DATE),
 *         ImportColumn.optional("hieu_luc_den", "Hiệu lực đến").type(ColumnType.DATE));
 * }</pre>
 */
public record ImportColumns(List<ImportColumn> columns) {

	public ImportColumns {
		columns = List.copyOf(columns);
		Map<String, ImportColumn> seen = new LinkedHashMap<>();
		for (ImportColumn c : columns) {
			// Two columns folding to the same name could never be told apart in a file.
			String folded = HeaderNames.fold(c.key());
			if (seen.put(folded, c) != null || (!HeaderNames.fold(c.header()).equals(folded)
					&& seen.put(HeaderNames.fold(c.header()), c) != null)) {
				throw new IllegalArgumentException("ambiguous column " + c.key());
			}
		}
	}

	public static ImportColumns of(ImportColumn... columns) {
		return new ImportColumns(List.of(columns));
	}

	public Optional<ImportColumn> byKey(String key) {
		return columns.stream().filter(c -> c.key().equals(key)).findFirst();
	}

	/** The Vietnamese label of a column key, or the key itself for an unknown key. */
	public String headerOf(String key) {
		return byKey(key).map(ImportColumn::header).orElse(key);
	}

	/**
	 * Matches a file's header row to the declared columns. Unknown columns are ignored
	 * (users keep their own notes beside the data); a missing required column or the same
	 * column twice is recorded in {@code errors}, and the header is returned even then so
	 * the caller can decide whether to go on.
	 */
	public HeaderMap match(int headerRow, List<String> cells, ImportErrors errors) {
		Map<String, Integer> index = new LinkedHashMap<>();
		for (int i = 0; i < cells.size(); i++) {
			String folded = HeaderNames.fold(cells.get(i));
			if (folded.isEmpty()) {
				continue;
			}
			for (ImportColumn c : columns) {
				if (folded.equals(HeaderNames.fold(c.key())) || folded.equals(HeaderNames.fold(c.header()))) {
					Integer previous = index.putIfAbsent(c.key(), i);
					if (previous != null) {
						errors.add(headerRow, c.key(), ImportMessages.HEADER_DUPLICATE, c.header(),
								HeaderNames.columnLetter(previous), HeaderNames.columnLetter(i));
					}
				}
			}
		}
		if (index.isEmpty()) {
			errors.addFile(ImportMessages.HEADER_NOT_FOUND,
					String.join(", ", columns.stream().map(ImportColumn::header).toList()));
		}
		else {
			columns.stream()
				.filter(c -> c.required() && !index.containsKey(c.key()))
				.forEach(c -> errors.add(headerRow, c.key(), ImportMessages.HEADER_MISSING, c.header()));
		}
		return new HeaderMap(this, headerRow, index);
	}

	/**
	 * Whether a row names at least one of these columns (key or label): used to find the
	 * header row among the tables of a Word document.
	 */
	boolean recognises(List<String> cells) {
		for (String cell : cells) {
			String folded = HeaderNames.fold(cell);
			if (folded.isEmpty()) {
				continue;
			}
			for (ImportColumn c : columns) {
				if (folded.equals(HeaderNames.fold(c.key())) || folded.equals(HeaderNames.fold(c.header()))) {
					return true;
				}
			}
		}
		return false;
	}

}
