package vn.giamsat.platform.imports;

import java.util.List;

/**
 * One data row of an uploaded file, read by column key so dataset code never depends on
 * the order or spelling of the file's headers.
 */
public final class ImportRow {

	private final int row;

	private final List<String> cells;

	private final HeaderMap header;

	ImportRow(int row, List<String> cells, HeaderMap header) {
		this.row = row;
		this.cells = cells;
		this.header = header;
	}

	/**
	 * The row number the user sees in Excel or a text editor: header = 1, first data row
	 * = 2.
	 */
	public int row() {
		return row;
	}

	/**
	 * The trimmed cell of a declared column, or {@code null} when it is blank or the
	 * (optional) column is not in the file.
	 * @throws IllegalArgumentException for a key the dataset did not declare (a
	 * programming slip)
	 */
	public String get(String columnKey) {
		return header.cell(columnKey, cells);
	}

	/**
	 * Whether the file has this column at all, to tell "left blank" from "column absent".
	 */
	public boolean hasColumn(String columnKey) {
		return header.has(columnKey);
	}

	/** The Vietnamese label of a column, for message arguments. */
	public String headerOf(String columnKey) {
		return header.columns().headerOf(columnKey);
	}

	@Override
	public String toString() {
		return "row " + row + " " + cells;
	}

}
