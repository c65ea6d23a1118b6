package vn.giamsat.people;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.identity.PersonLookup;
import vn.giamsat.people.internal.PeopleQueries;
import vn.giamsat.people.internal.PersonRepository;
import vn.giamsat.platform.security.AccessScope;

/** People as other modules use them: lookups by id or code, and scoped search. */
@Service
@Transactional(readOnly = true)
public class PeopleDirectory implements PersonLookup {

	private final PeopleQueries queries;

	private final PersonRepository repository;

	PeopleDirectory(PeopleQueries queries, PersonRepository repository) {
		this.queries = queries;
		this.repository = repository;
	}

	public Optional<PersonView> person(long id) {
		return queries.byId(id);
	}

	public Optional<PersonView> personByCode(String code) {
		return queries.byCode(code);
	}

	public PeoplePage search(AccessScope scope, PeopleSearch search) {
		return queries.search(scope, search);
	}

	/**
	 * Ids of every person in the scope matching the filters (paging ignored), in
	 * Vietnamese order.
	 */
	public java.util.List<Long> idsMatching(AccessScope scope, PeopleSearch search) {
		try (var rows = queries.stream(scope, search)) {
			return rows.map(PersonView::id).toList();
		}
	}

	public boolean inScope(AccessScope scope, PersonView person) {
		return queries.inScope(scope, person);
	}

	@Override
	public Optional<Long> personIdByCode(String code) {
		return repository.findByCode(code).map(p -> p.id());
	}

}
