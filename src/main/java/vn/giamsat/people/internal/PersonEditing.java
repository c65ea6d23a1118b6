package vn.giamsat.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.orgs.OrganisationView;
import vn.giamsat.orgs.UnitView;
import vn.giamsat.platform.audit.AuditLog;
import vn.giamsat.platform.security.CurrentAccess;
import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.web.NotFoundException;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;

/**
 * Creating and changing a person from a form. A change of position or workplace closes
 * the current position yesterday and opens the new one today, so positions keep their
 * history.
 */
@Service
public class PersonEditing {

	private final PersonRepository people;

	private final OrgStructure structure;

	private final AuditLog audit;

	private final CurrentAccess access;

	private final Clock clock;

	PersonEditing(PersonRepository people, OrgStructure structure, AuditLog audit, CurrentAccess access, Clock clock) {
		this.people = people;
		this.structure = structure;
		this.audit = audit;
		this.access = access;
		this.clock = clock;
	}

	@Transactional
	public Person create(PersonDraft draft) {
		List<Problem> problems = new ArrayList<>(PersonRules.check(draft, today().getYear(), lookup()));
		if (PersonRules.present(draft.code()) && people.findByCode(draft.code().strip()).isPresent()) {
			problems.add(Problem.of("code", "field.error.codeTaken", draft.code()));
		}
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		Links links = links(draft);
		requireInScope(links);
		Person person = Person.create(draft.code().strip());
		person.apply(draft, links.workplaceId(), links.residenceId(), links.committeeId());
		if (person.positionTitle != null) {
			person.positions.add(PersonPosition.of(person.positionTitle, links.workplaceId(), today(), null));
		}
		Person saved = people.save(person);
		audit.record("CREATE", "Person", saved.code(), null, saved.auditState());
		return saved;
	}

	@Transactional
	public Person update(long id, int expectedVersion, PersonDraft draft) {
		Person person = people.findById(id).orElseThrow(NotFoundException::new);
		requireInScope(new Links(person.workplaceId, person.residenceUnitId, person.managingCommitteeId,
				unitOf(person.workplaceId), unitOf(person.managingCommitteeId)));
		if (person.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("stale person " + id);
		}
		PersonDraft keyed = new PersonDraft(person.code(), draft.fullName(), draft.gender(), draft.birthYear(),
				draft.partyMember(), draft.positionTitle(), draft.workplaceCode(), draft.residenceUnitCode(),
				draft.managingCommitteeCode(), draft.category());
		List<Problem> problems = PersonRules.check(keyed, today().getYear(), lookup());
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		Links links = links(keyed);
		requireInScope(links);
		var before = person.auditState();
		String oldTitle = person.positionTitle;
		Long oldWorkplace = person.workplaceId;
		person.apply(keyed, links.workplaceId(), links.residenceId(), links.committeeId());
		if (!java.util.Objects.equals(oldTitle, person.positionTitle)
				|| !java.util.Objects.equals(oldWorkplace, person.workplaceId)) {
			PositionHistory.change(person, today());
		}
		Person saved = people.save(person);
		audit.record("UPDATE", "Person", saved.code(), before, saved.auditState());
		return saved;
	}

	record Links(Long workplaceId, Long residenceId, Long committeeId, Long workplaceUnitId, Long committeeUnitId) {
	}

	private Links links(PersonDraft d) {
		Optional<OrganisationView> workplace = code(d.workplaceCode()).flatMap(structure::organisationByCode);
		Optional<UnitView> residence = code(d.residenceUnitCode()).flatMap(structure::unitByCode);
		Optional<OrganisationView> committee = code(d.managingCommitteeCode()).flatMap(structure::organisationByCode);
		return new Links(workplace.map(OrganisationView::id).orElse(null), residence.map(UnitView::id).orElse(null),
				committee.map(OrganisationView::id).orElse(null), workplace.map(OrganisationView::unitId).orElse(null),
				committee.map(OrganisationView::unitId).orElse(null));
	}

	private void requireInScope(Links l) {
		var scope = access.scope();
		if (!(scope.coversUnit(l.workplaceUnitId()) || scope.coversUnit(l.residenceId())
				|| scope.coversUnit(l.committeeUnitId()))) {
			throw new OutOfScopeException();
		}
	}

	private Long unitOf(Long organisationId) {
		return organisationId == null ? null
				: structure.organisation(organisationId).map(OrganisationView::unitId).orElse(null);
	}

	private PersonRules.Lookup lookup() {
		return new PersonRules.Lookup() {
			@Override
			public Optional<vn.giamsat.orgs.OrganisationType> organisationType(String code) {
				return structure.organisationByCode(code.strip()).map(OrganisationView::type);
			}

			@Override
			public Optional<vn.giamsat.orgs.AdminLevel> unitLevel(String code) {
				return structure.unitByCode(code.strip()).map(UnitView::level);
			}
		};
	}

	private static Optional<String> code(String s) {
		return PersonRules.present(s) ? Optional.of(s.strip()) : Optional.empty();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
