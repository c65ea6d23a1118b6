package vn.giamsat.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * One supervision record as entered (for quick entry: the same observation for several
 * people, one record each). Nulls are reported as missing, not defaulted.
 */
public record RecordDraft(LocalDate date, List<Long> personIds, Method method, List<String> criteria, Finding finding,
		String note) {

	public RecordDraft {
		personIds = personIds == null ? List.of() : List.copyOf(personIds);
		criteria = criteria == null ? List.of() : List.copyOf(criteria);
	}

}
