package vn.giamsat.supervision.api;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.giamsat.people.PeopleDirectory;
import vn.giamsat.platform.web.Problem;

/** Person codes of API requests to ids; an unknown code is the caller's mistake. */
@Component
class PersonCodes {

	private final PeopleDirectory people;

	PersonCodes(PeopleDirectory people) {
		this.people = people;
	}

	List<Long> ids(List<String> codes, List<Problem> problems) {
		List<Long> ids = new ArrayList<>();
		for (String code : codes == null ? List.<String>of() : codes) {
			if (code == null || code.isBlank()) {
				continue;
			}
			people.personIdByCode(code.strip())
				.ifPresentOrElse(ids::add,
						() -> problems.add(Problem.of("people", "supervision.error.unknownPerson", code)));
		}
		return ids;
	}

}
