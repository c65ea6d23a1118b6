package vn.giamsat.platform.documents;

import java.util.List;
import java.util.Objects;

/**
 * An annex (phụ lục) appended to a document, such as the list of cadres to be supervised.
 *
 * <p>
 * Each annex starts on a new page with its label, its title and a reference line "(Kèm
 * theo Kế hoạch số ... ngày ...)" that ties it to the main document; the body is usually
 * a single table.
 *
 * @param label e.g. "Phụ lục I"; {@code null} or blank to print none
 * @param title e.g. "DANH SÁCH CÁN BỘ ĐƯỢC GIÁM SÁT"; required
 * @param body the annex content
 */
public record Annex(String label, String title, List<Block> body) {

	public Annex {
		Objects.requireNonNull(title, "title");
		label = label == null || label.isBlank() ? null : label;
		body = List.copyOf(body);
	}

	/** An annex whose body is the given blocks. */
	public static Annex of(String label, String title, Block... body) {
		return new Annex(label, title, List.of(body));
	}
}
