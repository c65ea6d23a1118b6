package vn.giamsat.cultivation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.cultivation.CultivationStatus;
import vn.giamsat.cultivation.internal.checks.Area;
import vn.giamsat.cultivation.internal.checks.CommitmentText;
import vn.giamsat.cultivation.internal.checks.CopyDetector;
import vn.giamsat.cultivation.internal.checks.CopyPair;
import vn.giamsat.cultivation.internal.checks.OfficialTemplate;
import vn.giamsat.cultivation.internal.checks.PlanComparison;
import vn.giamsat.cultivation.internal.checks.PlanText;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.web.NotFoundException;

/**
 * Copy suspects among the plans in the caller's scope: different people in the same year,
 * and each person's plan against their plan of the year before. Drafts are left out
 * (still being written). Advisory: the pairs only lead to the side-by-side page.
 */
@Component
public class CopySuspects {

	/** A plan as the pages name it. */
	public record PlanInfo(long planId, long personId, String fullName, String position, int year,
			CultivationStatus status) {
	}

	public record Suspect(PlanInfo a, PlanInfo b, CopyPair.Kind kind, int jaccardPercent, int containmentPercent,
			int matchedCommitments) {
	}

	/**
	 * @param kind null for two people in different years, which the detector never pairs
	 */
	public record Comparison(PlanInfo a, PlanInfo b, CopyPair.Kind kind, int jaccardPercent, int containmentPercent,
			boolean copied, List<Row> rows) {
	}

	/**
	 * One line of the side-by-side table: a matched pair, or a commitment of one plan
	 * alone.
	 */
	public record Row(PlanComparison.Commitment a, PlanComparison.Commitment b, Integer similarityPercent) {
	}

	private final JdbcClient jdbc;

	private final PeopleInScope scopes;

	private final CopyThresholds thresholds;

	CopySuspects(JdbcClient jdbc, PeopleInScope scopes, CopyThresholds thresholds) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.thresholds = thresholds;
	}

	@Transactional(readOnly = true)
	public List<Suspect> suspects(AccessScope scope, int year) {
		PeopleInScope.Condition c = scopes.condition(scope);
		List<Object> params = new ArrayList<>(c.params());
		params.add(year - 1);
		params.add(year);
		Map<Long, PlanInfo> infos = new LinkedHashMap<>();
		jdbc.sql(SELECT_PLAN + " where " + c.sql() + " and c.year between ? and ? and c.status <> 'DRAFT'"
				+ " order by c.year desc, p.sort_key, p.id")
			.params(params)
			.query(CopySuspects::info)
			.list()
			.forEach(i -> infos.put(i.planId(), i));
		if (infos.size() < 2) {
			return List.of();
		}
		List<PlanText> texts = texts(infos);
		List<CopyPair> pairs = new CopyDetector(OfficialTemplate.lines(), thresholds.settings()).detect(texts);
		List<Suspect> out = new ArrayList<>();
		for (CopyPair pair : pairs) {
			PlanInfo a = infos.get(Long.valueOf(pair.planA()));
			PlanInfo b = infos.get(Long.valueOf(pair.planB()));
			if (a.year() != year && b.year() != year) {
				continue;
			}
			out.add(new Suspect(a, b, pair.kind(), percent(pair.jaccard()), percent(pair.containment()),
					pair.matches().size()));
		}
		out.sort(java.util.Comparator.comparingInt(Suspect::jaccardPercent).reversed());
		return out;
	}

	/** Both plans side by side; both people must be in the caller's scope. */
	@Transactional(readOnly = true)
	public Comparison compare(AccessScope scope, long planA, long planB) {
		PlanInfo a = plan(planA);
		PlanInfo b = plan(planB);
		if (!scopes.covers(scope, a.personId()) || !scopes.covers(scope, b.personId())) {
			throw new OutOfScopeException();
		}
		Map<Long, PlanInfo> both = new LinkedHashMap<>();
		both.put(a.planId(), a);
		both.put(b.planId(), b);
		List<PlanText> texts = texts(both);
		PlanComparison.Result r = new PlanComparison(OfficialTemplate.lines(), thresholds.settings())
			.compare(texts.get(0), texts.size() > 1 ? texts.get(1) : texts.get(0));
		List<Row> rows = new ArrayList<>();
		boolean[] usedB = new boolean[r.commitmentsB().size()];
		List<CopyPair.CommitmentMatch> matches = new ArrayList<>(r.matches());
		matches.sort(java.util.Comparator.comparingInt(CopyPair.CommitmentMatch::indexA));
		Map<Integer, CopyPair.CommitmentMatch> byA = new HashMap<>();
		matches.forEach(m -> byA.put(m.indexA(), m));
		for (PlanComparison.Commitment ca : r.commitmentsA()) {
			CopyPair.CommitmentMatch m = byA.get(ca.index());
			if (m == null) {
				rows.add(new Row(ca, null, null));
			}
			else {
				usedB[m.indexB()] = true;
				rows.add(new Row(ca, r.commitmentsB().get(m.indexB()), percent(m.similarity())));
			}
		}
		for (PlanComparison.Commitment cb : r.commitmentsB()) {
			if (!usedB[cb.index()]) {
				rows.add(new Row(null, cb, null));
			}
		}
		CopyPair.Kind kind = a.personId() == b.personId() ? CopyPair.Kind.SAME_PERSON
				: a.year() == b.year() ? CopyPair.Kind.SAME_YEAR : null;
		return new Comparison(a, b, kind, percent(r.jaccard()), percent(r.containment()), r.copied(), rows);
	}

	private PlanInfo plan(long id) {
		return jdbc.sql(SELECT_PLAN + " where c.id = ?")
			.param(id)
			.query(CopySuspects::info)
			.optional()
			.orElseThrow(NotFoundException::new);
	}

	private List<PlanText> texts(Map<Long, PlanInfo> infos) {
		Map<Long, List<CommitmentText>> commitments = new HashMap<>();
		jdbc.sql("""
				select plan_id, area, action, measure, deadline from cultivation_commitment
				where plan_id = any(?) order by plan_id, position""")
			.param(infos.keySet().toArray(Long[]::new))
			.query((rs, n) -> {
				commitments.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new CommitmentText(Area.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
							rs.getObject(5, LocalDate.class), List.of()));
				return null;
			})
			.list();
		return infos.values()
			.stream()
			.map(i -> new PlanText(String.valueOf(i.planId()), String.valueOf(i.personId()), i.year(), "",
					commitments.getOrDefault(i.planId(), List.of())))
			.toList();
	}

	static final String SELECT_PLAN = """
			select c.id, p.id, p.full_name, p.position_title, c.year, c.status
			from cultivation_plan c join person p on p.id = c.person_id""";

	private static PlanInfo info(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new PlanInfo(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
				CultivationStatus.valueOf(rs.getString(6)));
	}

	private static int percent(double share) {
		return (int) Math.round(share * 100);
	}

}
