package vn.giamsat.supervision.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.supervision.AnswerKind;
import vn.giamsat.supervision.OpinionKind;
import vn.giamsat.supervision.OpinionTopic;

/** Opinions, the people they concern, and the answers of those people. */
@Component
public class OpinionStore {

	private static final String RESIDENTS = "exists (select 1 from opinion_person sop join person sp on sp.id = sop.person_id"
			+ " where sop.opinion_id = op.id and sp.residence_unit_id = any(?))";

	private final JdbcClient jdbc;

	OpinionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(String code, LocalDate date, long organisationId, OpinionKind kind, OpinionTopic topic,
			String content, String by, OffsetDateTime at) {
		return jdbc.sql("""
				insert into opinion (code, opinion_date, organisation_id, kind, topic, content, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(code, date, organisationId, kind.name(), topic.name(), content, by, at)
			.query(Long.class)
			.single();
	}

	public void addPerson(long opinionId, long personId, Long commitmentId) {
		jdbc.sql("insert into opinion_person (opinion_id, person_id, commitment_id) values (?, ?, ?)")
			.params(opinionId, personId, commitmentId)
			.update();
	}

	/** Commitments of the person's self-cultivation plan of the year (id, text). */
	public List<CommitmentOption> commitments(long personId, int year) {
		return jdbc.sql("""
				select c.id, c.action from cultivation_commitment c join cultivation_plan p on p.id = c.plan_id
				where p.person_id = ? and p.year = ? order by c.position""")
			.params(personId, year)
			.query((rs, n) -> new CommitmentOption(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** Commitments of several people's plans of the year, for the opinion form. */
	public List<PersonCommitment> commitmentsOf(Long[] personIds, int year) {
		return jdbc.sql("""
				select p.person_id, pe.full_name, c.id, c.action from cultivation_commitment c
				join cultivation_plan p on p.id = c.plan_id join person pe on pe.id = p.person_id
				where p.person_id = any(?) and p.year = ? order by pe.sort_key, c.position""")
			.params(personIds, year)
			.query((rs, n) -> new PersonCommitment(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
			.list();
	}

	public record PersonCommitment(long personId, String personName, long id, String action) {
	}

	public Optional<Long> idByCode(String code) {
		return jdbc.sql("select id from opinion where code = ?").param(code).query(Long.class).optional();
	}

	public Optional<Header> header(long id) {
		return jdbc.sql("select id, organisation_id, opinion_date, released_at from opinion where id = ?")
			.param(id)
			.query((rs, n) -> new Header(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
					rs.getObject(4, OffsetDateTime.class)))
			.optional();
	}

	public List<Long> people(long opinionId) {
		return jdbc.sql("select person_id from opinion_person where opinion_id = ?")
			.param(opinionId)
			.query(Long.class)
			.list();
	}

	public void release(long id, String by, OffsetDateTime at) {
		jdbc.sql("update opinion set released_at = ?, released_by = ?, version = version + 1 where id = ?")
			.params(at, by, id)
			.update();
	}

	public void answer(long opinionId, long personId, AnswerKind kind, String text, String by, OffsetDateTime at) {
		jdbc.sql("""
				insert into opinion_answer (opinion_id, person_id, kind, text, answered_at, answered_by)
				values (?, ?, ?, ?, ?, ?) on conflict (opinion_id, person_id)
				do update set kind = excluded.kind, text = excluded.text, answered_at = excluded.answered_at,
				answered_by = excluded.answered_by""").params(opinionId, personId, kind.name(), text, at, by).update();
	}

	/** Filters of the officers' list; nulls mean "any". */
	public record Filter(Boolean released, LocalDate from, LocalDate to, int page) {
	}

	public List<OpinionRow> list(AccessScope scope, Filter f, int pageSize) {
		ScopeFilter s = ScopeFilter.of(scope, "op.organisation_id", RESIDENTS);
		List<Object> params = new ArrayList<>(s.params());
		params.add(f.released());
		params.add(f.released());
		params.add(f.from());
		params.add(f.from());
		params.add(f.to());
		params.add(f.to());
		params.add(pageSize + 1);
		params.add(f.page() * pageSize);
		return jdbc.sql("""
				select op.id, op.code, op.opinion_date, op.organisation_id, o.name, op.kind, op.topic, op.content,
				op.released_at, op.created_by,
				(select string_agg(p.full_name || coalesce(' — ' || case a.kind when 'ACCEPTED' then '✔ ' else '✎ ' end
				  || a.text, ''), chr(30) order by p.sort_key)
				 from opinion_person x join person p on p.id = x.person_id
				 left join opinion_answer a on a.opinion_id = x.opinion_id and a.person_id = x.person_id
				 where x.opinion_id = op.id) as people
				from opinion op join organisation o on o.id = op.organisation_id
				where\s""" + s.sql() + " " + """
				and (?::boolean is null or (op.released_at is not null) = ?::boolean)
				and (?::date is null or op.opinion_date >= ?::date)
				and (?::date is null or op.opinion_date <= ?::date)
				order by op.opinion_date desc, op.id desc limit ? offset ?""")
			.params(params)
			.query((rs, n) -> new OpinionRow(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getLong(4), rs.getString(5), OpinionKind.valueOf(rs.getString(6)),
					OpinionTopic.valueOf(rs.getString(7)), rs.getString(8), rs.getObject(9, OffsetDateTime.class),
					rs.getString(10), rs.getString(11) == null ? List.of() : List.of(rs.getString(11).split("\u001e"))))
			.list();
	}

	/** Released opinions concerning the person, with their answers; no author columns. */
	public List<Released> released(long personId) {
		return jdbc.sql("""
				select op.id, op.opinion_date, op.organisation_id, op.kind, op.topic, op.content, c.action,
				a.kind, a.text
				from opinion op join opinion_person x on x.opinion_id = op.id
				left join cultivation_commitment c on c.id = x.commitment_id
				left join opinion_answer a on a.opinion_id = op.id and a.person_id = x.person_id
				where x.person_id = ? and op.released_at is not null
				order by op.opinion_date, op.id""")
			.param(personId)
			.query((rs, n) -> new Released(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3),
					OpinionKind.valueOf(rs.getString(4)), OpinionTopic.valueOf(rs.getString(5)), rs.getString(6),
					rs.getString(7), rs.getString(8) == null ? null : AnswerKind.valueOf(rs.getString(8)),
					rs.getString(9)))
			.list();
	}

	public long awaitingRelease(AccessScope scope) {
		ScopeFilter s = ScopeFilter.of(scope, "op.organisation_id", RESIDENTS);
		return jdbc.sql("select count(*) from opinion op where op.released_at is null and " + s.sql())
			.params(s.params())
			.query(Long.class)
			.single();
	}

	public record Header(long id, long organisationId, LocalDate date, OffsetDateTime releasedAt) {
	}

	public record OpinionRow(long id, String code, LocalDate date, long organisationId, String organisationName,
			OpinionKind kind, OpinionTopic topic, String content, OffsetDateTime releasedAt, String createdBy,
			List<String> people) {
	}

	public record Released(long id, LocalDate date, long organisationId, OpinionKind kind, OpinionTopic topic,
			String content, String commitment, AnswerKind answerKind, String answerText) {
	}

	public record CommitmentOption(long id, String action) {
	}

}
