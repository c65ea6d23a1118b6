package vn.giamsat.people.web;

import org.springframework.stereotype.Component;

import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.people.PeopleSearch;
import vn.giamsat.people.PersonCategory;

/** Turns the filter form into a search: a chosen unit means its whole subtree. */
@Component
public class PeopleFilters {

	private final OrgStructure structure;

	PeopleFilters(OrgStructure structure) {
		this.structure = structure;
	}

	public PeopleSearch toSearch(PeopleFilterForm f) {
		Long[] units = null;
		if (f.unit() != null && !f.unit().isBlank()) {
			units = structure.unitByCode(f.unit().strip())
				.map(u -> structure.subtreeUnitIds(u.id()).toArray(Long[]::new))
				.orElse(new Long[] { -1L });
		}
		PersonCategory category = f.category() == null || f.category().isBlank() ? null
				: PersonCategory.fromCode(f.category()).orElse(null);
		return new PeopleSearch(f.q(), units, f.organisation(), category, f.committee(),
				f.page() == null ? 0 : f.page(), PeopleSearch.DEFAULT_SIZE);
	}

}
