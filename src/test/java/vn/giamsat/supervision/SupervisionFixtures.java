package vn.giamsat.supervision;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Looks up the demo's current-year assignments (the year's Long Biên plan seeded by the
 * supervision demo): who is supervised by which focal unit, and someone outside every
 * plan of the year.
 */
record SupervisionFixtures(JdbcClient jdbc) {

	static final int YEAR = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();

	long organisation(String code) {
		return jdbc.sql("select id from organisation where code = ?").param(code).query(Long.class).single();
	}

	long person(String code) {
		return jdbc.sql("select id from person where code = ?").param(code).query(Long.class).single();
	}

	String code(long personId) {
		return jdbc.sql("select code from person where id = ?").param(personId).query(String.class).single();
	}

	/** People assigned to the focal unit in the year's issued plan, in a stable order. */
	List<Long> subjectsOf(String focalUnitCode) {
		return jdbc.sql("""
				select s.person_id from plan_assignment a join plan_subject s on s.id = a.subject_id
				join supervision_plan p on p.id = a.plan_id join organisation o on o.id = a.focal_unit_id
				where o.code = ? and p.year = ? and p.status not in ('DRAFT', 'CONSULTING') and s.person_id is not null
				order by s.person_id""").params(focalUnitCode, YEAR).query(Long.class).list();
	}

	/** A Long Biên ward person in no issued plan of the year. */
	long unassigned() {
		return jdbc.sql("""
				select p.id from person p where p.code like 'P-%' and not exists (select 1 from plan_subject s
				join supervision_plan sp on sp.id = s.plan_id where s.person_id = p.id and sp.year = ?)
				order by p.id limit 1""").param(YEAR).query(Long.class).single();
	}

	long records(long personId) {
		return jdbc.sql("select count(*) from supervision_record where person_id = ?")
			.param(personId)
			.query(Long.class)
			.single();
	}

	long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	static void signInAs(String username, String role) {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
					List.of(new SimpleGrantedAuthority("ROLE_" + role))));
	}

	static void signOut() {
		SecurityContextHolder.clearContext();
	}

}
