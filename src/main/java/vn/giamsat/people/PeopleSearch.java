package vn.giamsat.people;

/**
 * Filters of the people list and the search API ({@code workplaceIds}: people working in
 * exactly these organisations, e.g. the agencies of one district). {@code unitIds} is the
 * selected unit's subtree (people working or living there), worked out by the caller from
 * the structure.
 */
public record PeopleSearch(String query, Long[] unitIds, Long organisationId, PersonCategory category,
		Long managingCommitteeId, int page, int size, Long[] workplaceIds) {

	public static final int DEFAULT_SIZE = 50;

	public static final int MAX_SIZE = 200;

	public PeopleSearch {
		page = Math.max(0, page);
		size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
	}

	public PeopleSearch(String query, Long[] unitIds, Long organisationId, PersonCategory category,
			Long managingCommitteeId, int page, int size) {
		this(query, unitIds, organisationId, category, managingCommitteeId, page, size, null);
	}
}
