package vn.giamsat.orgs.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.platform.audit.AuditLog;
import vn.giamsat.platform.security.CurrentAccess;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;

/**
 * Creating and changing one unit from a form, checked against the whole tree, audited.
 */
@Service
public class UnitEditing {

	private final AdminUnitRepository units;

	private final AuditLog audit;

	private final CurrentAccess access;

	UnitEditing(AdminUnitRepository units, AuditLog audit, CurrentAccess access) {
		this.units = units;
		this.audit = audit;
		this.access = access;
	}

	@Transactional
	public AdminUnit create(UnitDraft draft) {
		List<Problem> problems = UnitRules.check(draft, new DatabaseUnitLookup(units, null));
		if (units.findByCode(draft.code()).isPresent()) {
			problems = new java.util.ArrayList<>(problems);
			problems.add(Problem.of("code", "field.error.codeTaken", draft.code()));
		}
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		Long parentId = parentId(draft);
		requireScopeFor(parentId);
		AdminUnit unit = AdminUnit.create(draft.code().strip());
		unit.apply(draft, parentId);
		AdminUnit saved = units.save(unit);
		audit.record("CREATE", "AdminUnit", saved.code(), null, saved.auditState());
		return saved;
	}

	/**
	 * The rule problems of a draft, without saving: forms show them together with typing
	 * mistakes.
	 */
	@Transactional(readOnly = true)
	public List<Problem> check(UnitDraft draft) {
		return UnitRules.check(draft, new DatabaseUnitLookup(units, null));
	}

	@Transactional
	public AdminUnit update(long id, int expectedVersion, UnitDraft draft) {
		AdminUnit unit = units.findById(id).orElseThrow(vn.giamsat.platform.web.NotFoundException::new);
		access.requireUnit(unit.id());
		if (unit.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("stale unit " + id);
		}
		UnitDraft keyed = new UnitDraft(unit.code(), draft.name(), draft.level(), draft.parentCode(), draft.validFrom(),
				draft.validTo());
		List<Problem> problems = UnitRules.check(keyed, new DatabaseUnitLookup(units, keyed));
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		Long parentId = parentId(keyed);
		if (parentId != null) {
			access.requireUnit(parentId);
		}
		var before = unit.auditState();
		unit.apply(keyed, parentId);
		AdminUnit saved = units.save(unit);
		audit.record("UPDATE", "AdminUnit", saved.code(), before, saved.auditState());
		return saved;
	}

	private Long parentId(UnitDraft draft) {
		return Optional.ofNullable(draft.parentCode()).flatMap(units::findByCode).map(AdminUnit::id).orElse(null);
	}

	/**
	 * A new top-level unit is the administrator's business; others create inside their
	 * scope.
	 */
	private void requireScopeFor(Long parentId) {
		if (parentId == null) {
			if (!access.scope().global()) {
				throw new vn.giamsat.platform.security.OutOfScopeException();
			}
		}
		else {
			access.requireUnit(parentId);
		}
	}

}
