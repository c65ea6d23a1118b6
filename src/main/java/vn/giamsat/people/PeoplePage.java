package vn.giamsat.people;

import java.util.List;

/** One page of people with the total count for paging. */
public record PeoplePage(List<PersonView> items, long total, int page, int size) {

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}
}
