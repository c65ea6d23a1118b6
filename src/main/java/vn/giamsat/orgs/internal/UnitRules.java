package vn.giamsat.orgs.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.giamsat.platform.web.Problem;

/**
 * The rules of the unit tree, applied alike to the form and to every import row: a parent
 * at a higher level, dates in order, a child's validity inside its parent's, and no unit
 * among its own ancestors. Written against {@link Lookup} so that an import can check
 * rows against the database and the other rows of the same file before anything is
 * written.
 */
public final class UnitRules {

	/** The unit graph as it would be after the change. */
	public interface Lookup {

		Optional<UnitDraft> byCode(String code);

		List<UnitDraft> childrenOf(String code);

	}

	private UnitRules() {
	}

	public static List<Problem> check(UnitDraft d, Lookup graph) {
		List<Problem> problems = new ArrayList<>(FieldRules.codeAndName(d.code(), d.name()));
		if (d.level() == null) {
			problems.add(Problem.of("level", "unit.error.levelRequired"));
		}
		if (d.validFrom() == null) {
			problems.add(Problem.of("validFrom", "unit.error.validFromRequired"));
		}
		else if (d.validTo() != null && d.validTo().isBefore(d.validFrom())) {
			problems.add(Problem.of("validTo", "unit.error.datesOutOfOrder"));
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		if (d.parentCode() != null) {
			Optional<UnitDraft> parent = graph.byCode(d.parentCode());
			if (parent.isEmpty()) {
				problems.add(Problem.of("parent", "unit.error.parentUnknown", d.parentCode()));
				return problems;
			}
			UnitDraft p = parent.get();
			if (p.level() != null && !d.level().mayBeChildOf(p.level())) {
				problems.add(Problem.of("parent", "unit.error.parentLevel", p.code()));
			}
			if (!within(d, p)) {
				problems.add(Problem.of("validFrom", "unit.error.outsideParentValidity", p.code()));
			}
			if (isOwnAncestor(d, graph)) {
				problems.add(Problem.of("parent", "unit.error.cycle", d.code()));
			}
		}
		for (UnitDraft child : graph.childrenOf(d.code())) {
			if (!within(child, d)) {
				problems.add(Problem.of("validTo", "unit.error.childOutsideValidity", child.code()));
				break;
			}
		}
		return problems;
	}

	/** True when the child's validity lies within the parent's. */
	static boolean within(UnitDraft child, UnitDraft parent) {
		if (child.validFrom() == null || parent.validFrom() == null) {
			return true;
		}
		if (child.validFrom().isBefore(parent.validFrom())) {
			return false;
		}
		if (parent.validTo() == null) {
			return true;
		}
		return child.validTo() != null && !child.validTo().isAfter(parent.validTo());
	}

	private static boolean isOwnAncestor(UnitDraft d, Lookup graph) {
		Set<String> seen = new HashSet<>();
		String current = d.parentCode();
		while (current != null) {
			if (current.equals(d.code()) || !seen.add(current)) {
				return true;
			}
			current = graph.byCode(current).map(UnitDraft::parentCode).orElse(null);
		}
		return false;
	}

}
