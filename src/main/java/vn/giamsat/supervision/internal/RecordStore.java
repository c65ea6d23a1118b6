package vn.giamsat.supervision.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.supervision.Finding;
import vn.giamsat.supervision.Method;

/** Supervision records: written one at a time, read through the caller's scope. */
@Component
public class RecordStore {

	private static final String RESIDENTS = "exists (select 1 from person sp where sp.id = r.person_id and sp.residence_unit_id = any(?))";

	private final JdbcClient jdbc;

	RecordStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(String code, LocalDate date, long organisationId, long personId, Method method, Finding finding,
			String note, Long planId, String by, OffsetDateTime at) {
		return jdbc.sql("""
				insert into supervision_record (code, record_date, organisation_id, person_id, method, finding, note,
				plan_id, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(code, date, organisationId, personId, method.name(), finding.name(), note, planId, by, at)
			.query(Long.class)
			.single();
	}

	public void addCriteria(long recordId, List<String> codes) {
		for (String c : codes) {
			jdbc.sql("insert into supervision_record_criterion (record_id, criterion_code) values (?, ?)")
				.params(recordId, c)
				.update();
		}
	}

	public void addAttachment(long recordId, UUID fileId, String name, String type, long size) {
		jdbc.sql("""
				insert into supervision_attachment (record_id, file_id, file_name, content_type, size_bytes)
				values (?, ?, ?, ?, ?)""").params(recordId, fileId, name, type, size).update();
	}

	public boolean criterionActive(String code) {
		return jdbc.sql("select exists (select 1 from criterion where code = ? and not retired)")
			.param(code)
			.query(Boolean.class)
			.single();
	}

	public List<vn.giamsat.supervision.Subject> subjects(Long[] ids) {
		return jdbc.sql("select id, code, full_name, position_title from person where id = any(?) order by sort_key")
			.param(ids)
			.query((rs, n) -> new vn.giamsat.supervision.Subject(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	public List<CriterionOption> criteria() {
		return jdbc.sql("select code, text_vi from criterion where not retired order by code")
			.query((rs, n) -> new CriterionOption(rs.getString(1), rs.getString(2)))
			.list();
	}

	/** Filters of the records list; nulls mean "any". */
	public record Filter(String personCode, Long organisationId, LocalDate from, LocalDate to, Finding finding,
			int page) {
	}

	public List<RecordRow> list(AccessScope scope, Filter f, int pageSize) {
		ScopeFilter s = ScopeFilter.of(scope, "r.organisation_id", RESIDENTS);
		List<Object> params = new ArrayList<>(s.params());
		params.add(f.personCode());
		params.add(f.personCode());
		params.add(f.organisationId());
		params.add(f.organisationId());
		params.add(f.from());
		params.add(f.from());
		params.add(f.to());
		params.add(f.to());
		params.add(f.finding() == null ? null : f.finding().name());
		params.add(f.finding() == null ? null : f.finding().name());
		params.add(pageSize + 1);
		params.add(f.page() * pageSize);
		return jdbc.sql(SELECT + " where " + s.sql() + " " + """
				and (?::text is null or lower(p.code) = lower(?::text))
				and (?::bigint is null or r.organisation_id = ?::bigint)
				and (?::date is null or r.record_date >= ?::date)
				and (?::date is null or r.record_date <= ?::date)
				and (?::text is null or r.finding = ?::text)
				order by r.record_date desc, r.id desc limit ? offset ?""")
			.params(params)
			.query(RecordStore::row)
			.list();
	}

	public Optional<RecordRow> find(AccessScope scope, long id) {
		ScopeFilter s = ScopeFilter.of(scope, "r.organisation_id", RESIDENTS);
		List<Object> params = new ArrayList<>(s.params());
		params.add(id);
		return jdbc.sql(SELECT + " where " + s.sql() + " and r.id = ?")
			.params(params)
			.query(RecordStore::row)
			.optional();
	}

	public List<AttachmentRow> attachments(long recordId) {
		return jdbc.sql("""
				select id, file_id, file_name, content_type, size_bytes from supervision_attachment
				where record_id = ? order by id""")
			.param(recordId)
			.query((rs, n) -> new AttachmentRow(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getLong(5)))
			.list();
	}

	/**
	 * The record an attachment belongs to, so that reading it is checked like the record.
	 */
	public Optional<Long> recordOfAttachment(long attachmentId) {
		return jdbc.sql("select record_id from supervision_attachment where id = ?")
			.param(attachmentId)
			.query(Long.class)
			.optional();
	}

	private static final String SELECT = """
			select r.id, r.code, r.record_date, o.name as org_name, p.id as person_id, p.code as person_code,
			p.full_name, p.position_title, r.method, r.finding, r.note, r.created_by,
			(select string_agg(c.criterion_code, ', ' order by c.criterion_code) from supervision_record_criterion c
			 where c.record_id = r.id) as criteria,
			(select count(*) from supervision_attachment a where a.record_id = r.id) as files
			from supervision_record r join person p on p.id = r.person_id join organisation o on o.id = r.organisation_id""";

	private static RecordRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new RecordRow(rs.getLong("id"), rs.getString("code"), rs.getObject("record_date", LocalDate.class),
				rs.getString("org_name"), rs.getLong("person_id"), rs.getString("person_code"),
				rs.getString("full_name"), rs.getString("position_title"), Method.valueOf(rs.getString("method")),
				Finding.valueOf(rs.getString("finding")), rs.getString("note"), rs.getString("created_by"),
				rs.getString("criteria"), rs.getLong("files"));
	}

	public record RecordRow(long id, String code, LocalDate date, String organisationName, long personId,
			String personCode, String personName, String position, Method method, Finding finding, String note,
			String createdBy, String criteria, long files) {
	}

	public record AttachmentRow(long id, UUID fileId, String fileName, String contentType, long size) {
	}

	public record CriterionOption(String code, String text) {
	}

}
