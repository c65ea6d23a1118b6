package vn.giamsat.platform.documents;

import java.util.List;
import java.util.Objects;

/**
 * One piece of a document body: a heading, a paragraph, a dash list or a table.
 *
 * <p>
 * The set is closed so that both renderers can handle every kind; a renderer meeting a
 * kind it does not know fails loudly rather than dropping content. Add new kinds to both
 * renderers.
 */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.BulletList, Block.Table {

	/**
	 * A heading; the caller writes its own numbering ("I. MỤC ĐÍCH", "1. Nội dung", "a)
	 * ...").
	 */
	static Heading heading(int level, String text) {
		return new Heading(level, text);
	}

	/** A justified body paragraph with a first-line indent. */
	static Paragraph paragraph(String text) {
		return new Paragraph(text, Emphasis.PLAIN);
	}

	/**
	 * A paragraph with emphasis, e.g. italic "Căn cứ ..." lines or a centred "QUYẾT
	 * ĐỊNH:".
	 */
	static Paragraph paragraph(String text, Emphasis emphasis) {
		return new Paragraph(text, emphasis);
	}

	/**
	 * A list whose items are printed with a leading dash, as administrative documents do.
	 */
	static BulletList bullets(String... items) {
		return new BulletList(List.of(items));
	}

	/** A table with one header row and columns sized by the renderer. */
	static Table table(List<String> header, List<List<String>> rows) {
		return new Table(header, rows, List.of());
	}

	/** How a paragraph is set off from running text. */
	enum Emphasis {

		PLAIN, BOLD, ITALIC, CENTERED_BOLD

	}

	/**
	 * A heading of level 1 (bold, e.g. "I."), 2 (bold, e.g. "1.") or 3 (bold italic, e.g.
	 * "a)").
	 */
	record Heading(int level, String text) implements Block {
		public Heading {
			if (level < 1 || level > 3) {
				throw new IllegalArgumentException("heading level must be 1..3 but was " + level);
			}
			Objects.requireNonNull(text, "text");
		}
	}

	/** A body paragraph. */
	record Paragraph(String text, Emphasis emphasis) implements Block {
		public Paragraph {
			Objects.requireNonNull(text, "text");
			Objects.requireNonNull(emphasis, "emphasis");
		}
	}

	/** A dash list; each item is one line of text. */
	record BulletList(List<String> items) implements Block {
		public BulletList {
			items = List.copyOf(items);
		}
	}

	/**
	 * A bordered table with one repeated header row.
	 *
	 * @param header column titles; fixes the column count
	 * @param rows data rows, each exactly as long as the header
	 * @param columnWeights relative column widths (e.g. 1, 5, 4, 4); empty for equal
	 * widths
	 */
	record Table(List<String> header, List<List<String>> rows, List<Integer> columnWeights) implements Block {
		public Table {
			header = List.copyOf(header);
			if (header.isEmpty()) {
				throw new IllegalArgumentException("a table needs at least one column");
			}
			rows = rows.stream().map(Table::blanksForNulls).toList();
			for (List<String> row : rows) {
				if (row.size() != header.size()) {
					throw new IllegalArgumentException(
							"row has " + row.size() + " cells but the header has " + header.size());
				}
			}
			columnWeights = List.copyOf(columnWeights);
			if (!columnWeights.isEmpty() && columnWeights.size() != header.size()) {
				throw new IllegalArgumentException("columnWeights must match the column count");
			}
			if (columnWeights.stream().anyMatch(w -> w <= 0)) {
				throw new IllegalArgumentException("columnWeights must be positive");
			}
		}

		private static List<String> blanksForNulls(List<String> row) {
			return row.stream().map(cell -> cell == null ? "" : cell).toList();
		}

		/** The same table with relative column widths. */
		public Table withColumnWeights(Integer... weights) {
			return new Table(header, rows, List.of(weights));
		}

		/** Share of the table width for column {@code i}, between 0 and 1. */
		public double widthShare(int i) {
			if (columnWeights.isEmpty()) {
				return 1.0 / header.size();
			}
			int total = columnWeights.stream().mapToInt(Integer::intValue).sum();
			return (double) columnWeights.get(i) / total;
		}
	}

}
