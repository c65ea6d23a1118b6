package vn.giamsat.orgs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.platform.audit.AuditLog;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;

/**
 * The lineage table of the 2025 reform: which old units became which new ones, with an
 * optional share (the exact shares are not public: seeded empty, corrected by
 * administrators) and the legal reference. Statistics over periods that cross 1/7/2025
 * follow these links.
 */
@Service
public class LineageManagement {

	private final JdbcClient jdbc;

	private final OrgStructure structure;

	private final AuditLog audit;

	LineageManagement(JdbcClient jdbc, OrgStructure structure, AuditLog audit) {
		this.jdbc = jdbc;
		this.structure = structure;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<LineageView> linksOf(long unitId) {
		return jdbc
			.sql("""
					select l.id, p.id, p.code, p.name, s.id, s.code, s.name, l.share, l.legal_reference, l.effective_date
					from unit_lineage l join admin_unit p on p.id = l.predecessor_id join admin_unit s on s.id = l.successor_id
					where l.predecessor_id = ? or l.successor_id = ? order by p.name_folded, s.name_folded""")
			.params(unitId, unitId)
			.query((rs, n) -> new LineageView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), rs.getString(6), rs.getString(7), rs.getBigDecimal(8), rs.getString(9),
					rs.getObject(10, LocalDate.class)))
			.list();
	}

	/** Creates or corrects the link between two units (keyed by the pair). */
	@Transactional
	public void link(AccessScope scope, String predecessorCode, String successorCode, BigDecimal share,
			String legalReference, LocalDate effectiveDate) {
		List<Problem> problems = new ArrayList<>();
		UnitView pred = structure.unitByCode(blank(predecessorCode)).orElse(null);
		UnitView succ = structure.unitByCode(blank(successorCode)).orElse(null);
		if (pred == null) {
			problems.add(Problem.of("predecessor", "unit.error.unknown", predecessorCode));
		}
		if (succ == null) {
			problems.add(Problem.of("successor", "unit.error.unknown", successorCode));
		}
		if (pred != null && succ != null && pred.id() == succ.id()) {
			problems.add(Problem.of("successor", "lineage.error.same"));
		}
		if (share != null && (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0)) {
			problems.add(Problem.of("share", "lineage.error.share"));
		}
		if (effectiveDate == null) {
			problems.add(Problem.of("effectiveDate", "unit.error.validFromRequired"));
		}
		if (legalReference != null && legalReference.length() > 255) {
			problems.add(Problem.of("legalReference", "field.error.nameTooLong", 255));
		}
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		if (!scope.coversUnit(pred.id()) && !scope.coversUnit(succ.id())) {
			throw new OutOfScopeException();
		}
		jdbc.sql("""
				insert into unit_lineage (predecessor_id, successor_id, share, legal_reference, effective_date)
				values (?, ?, ?, ?, ?)
				on conflict (predecessor_id, successor_id) do update set share = excluded.share,
				  legal_reference = excluded.legal_reference, effective_date = excluded.effective_date""")
			.params(pred.id(), succ.id(), share, blank(legalReference), effectiveDate)
			.update();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("predecessor", pred.code());
		after.put("successor", succ.code());
		after.put("share", share == null ? null : share.toPlainString());
		after.put("legalReference", legalReference);
		after.put("effectiveDate", String.valueOf(effectiveDate));
		audit.record("LINK", "UnitLineage", pred.code() + "->" + succ.code(), null, after);
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
