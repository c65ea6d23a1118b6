package vn.giamsat.orgs.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.platform.audit.AuditLog;
import vn.giamsat.platform.security.CurrentAccess;
import vn.giamsat.platform.web.NotFoundException;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;

/**
 * Creating and changing one organisation from a form, inside the caller's scope, audited.
 */
@Service
public class OrganisationEditing {

	private final OrganisationRepository organisations;

	private final AdminUnitRepository units;

	private final AuditLog audit;

	private final CurrentAccess access;

	OrganisationEditing(OrganisationRepository organisations, AdminUnitRepository units, AuditLog audit,
			CurrentAccess access) {
		this.organisations = organisations;
		this.units = units;
		this.audit = audit;
		this.access = access;
	}

	@Transactional
	public Organisation create(OrganisationDraft draft) {
		List<Problem> problems = new ArrayList<>(OrganisationRules.check(draft, lookup(null)));
		if (draft.code() != null && organisations.findByCode(draft.code()).isPresent()) {
			problems.add(Problem.of("code", "field.error.codeTaken", draft.code()));
		}
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		AdminUnit unit = units.findByCode(draft.unitCode()).orElseThrow();
		access.requireUnit(unit.id());
		Organisation org = Organisation.create(draft.code().strip());
		org.apply(draft, unit.id(), parentId(draft));
		Organisation saved = organisations.save(org);
		audit.record("CREATE", "Organisation", saved.code(), null, saved.auditState());
		return saved;
	}

	@Transactional
	public Organisation update(long id, int expectedVersion, OrganisationDraft draft) {
		Organisation org = organisations.findById(id).orElseThrow(NotFoundException::new);
		access.requireUnit(org.unitId());
		if (org.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("stale organisation " + id);
		}
		OrganisationDraft keyed = new OrganisationDraft(org.code(), draft.name(), draft.type(), draft.unitCode(),
				draft.parentCode(), draft.validFrom(), draft.validTo());
		List<Problem> problems = OrganisationRules.check(keyed, lookup(keyed));
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		AdminUnit unit = units.findByCode(keyed.unitCode()).orElseThrow();
		access.requireUnit(unit.id());
		var before = org.auditState();
		org.apply(keyed, unit.id(), parentId(keyed));
		Organisation saved = organisations.save(org);
		audit.record("UPDATE", "Organisation", saved.code(), before, saved.auditState());
		return saved;
	}

	private Long parentId(OrganisationDraft d) {
		return Optional.ofNullable(d.parentCode())
			.flatMap(organisations::findByCode)
			.map(Organisation::id)
			.orElse(null);
	}

	private OrganisationRules.Lookup lookup(OrganisationDraft edited) {
		DatabaseUnitLookup unitLookup = new DatabaseUnitLookup(units, null);
		return new OrganisationRules.Lookup() {
			@Override
			public Optional<UnitDraft> unit(String code) {
				return unitLookup.byCode(code);
			}

			@Override
			public Optional<OrganisationDraft> organisation(String code) {
				if (edited != null && edited.code().equals(code)) {
					return Optional.of(edited);
				}
				return organisations.findByCode(code)
					.map(o -> new OrganisationDraft(o.code, o.name, o.type, null,
							o.parentId == null ? null
									: organisations.findById(o.parentId).map(p -> p.code).orElse(null),
							o.validFrom, o.validTo));
			}
		};
	}

}
