package vn.giamsat.cultivation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giamsat.cultivation.PublicPlan;

/**
 * Published plans by residential group or by workplace, in Vietnamese name order. Two
 * queries per page whatever the number of plans (the public page must stay fast).
 */
@Component
public class PublicPlanQueries {

	private final JdbcClient jdbc;

	PublicPlanQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** People living in the given residential groups (one group, or all of a ward's). */
	public List<PublicPlan> atResidence(java.util.Collection<Long> unitIds, int year) {
		return load("p.residence_unit_id = any(?)", unitIds.toArray(Long[]::new), year);
	}

	public List<PublicPlan> atWorkplace(long organisationId, int year) {
		return load("p.workplace_id = ?", organisationId, year);
	}

	private List<PublicPlan> load(String where, Object placeId, int year) {
		Map<Long, PublicPlan> plans = new LinkedHashMap<>();
		jdbc.sql("""
				select c.id, p.full_name, coalesce(p.position_title, ''), coalesce(w.name, '')
				from cultivation_plan c join person p on p.id = c.person_id
				left join organisation w on w.id = p.workplace_id
				where %s and c.year = ? and c.published_at is not null and c.withdrawn_at is null
				and c.status in %s order by p.sort_key, p.id""".formatted(where, LifecycleStore.PUBLIC_STATUSES))
			.params(placeId, year)
			.query((rs, n) -> new PublicPlan(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					new ArrayList<>()))
			.list()
			.forEach(p -> plans.put(p.planId(), p));
		if (plans.isEmpty()) {
			return List.of();
		}
		jdbc.sql("""
				select plan_id, area, action, measure, deadline from cultivation_commitment
				where plan_id = any(?) order by plan_id, position""")
			.param(plans.keySet().toArray(Long[]::new))
			.query((rs, n) -> {
				plans.get(rs.getLong(1))
					.commitments()
					.add(new PublicPlan.Commitment(rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getObject(5, LocalDate.class)));
				return null;
			})
			.list();
		return List.copyOf(plans.values());
	}

}
