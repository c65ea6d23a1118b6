package vn.giamsat.supervision.internal.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giamsat.platform.audit.AuditLog;
import vn.giamsat.platform.audit.AuditRecord;
import vn.giamsat.platform.imports.ColumnType;
import vn.giamsat.platform.imports.Fields;
import vn.giamsat.platform.imports.ImportColumn;
import vn.giamsat.platform.imports.ImportColumns;
import vn.giamsat.platform.imports.ImportDataset;
import vn.giamsat.platform.imports.ImportErrors;
import vn.giamsat.platform.imports.ImportHandler;
import vn.giamsat.platform.imports.ImportOutcome;
import vn.giamsat.platform.imports.ImportRow;
import vn.giamsat.platform.imports.ImportSource;
import vn.giamsat.platform.imports.TwoPassImport;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.Role;

/**
 * The contract's {@code opinions} import: one row is one opinion (one ý kiến) concerning
 * every person it lists. Re-import updates the opinion and its list of people in place,
 * keeping a person's link to a commitment when the person stays on the list.
 */
@Component
class OpinionImport implements ImportDataset {

	static final int CONTENT_MAX = 4000;

	static final ImportColumns COLUMNS = ImportColumns.of(ImportColumn.required("ma", "Mã ý kiến").maxLength(40),
			ImportColumn.required("ngay", "Ngày góp ý").type(ColumnType.DATE),
			ImportColumn.required("ma_don_vi_dau_moi", "Mã đơn vị đầu mối").maxLength(40),
			ImportColumn.required("ma_nguoi_duoc_gop_y", "Mã người được góp ý")
				.maxLength(4000)
				.note("stats.import.note.opinionPeople"),
			ImportColumn.required("loai", "Loại ý kiến").codes(ContractCodes.codes(ContractCodes.KINDS)),
			ImportColumn.required("noi_dung_gop_y", "Nội dung được góp ý")
				.codes(ContractCodes.codes(ContractCodes.TOPICS)),
			ImportColumn.required("noi_dung", "Nội dung ý kiến").maxLength(CONTENT_MAX));

	private static final String KEY_SQL = "select code, organisation_id from opinion where code = any(?)";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	OpinionImport(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "opinions";
	}

	@Override
	public String titleKey() {
		return "stats.import.dataset.opinions";
	}

	@Override
	public ImportColumns columns() {
		return COLUMNS;
	}

	@Override
	public Set<Role> allowedRoles() {
		return EnumSet.of(Role.SYSTEM_ADMIN, Role.FRONT_OFFICER);
	}

	@Override
	public ImportOutcome run(ImportSource source, AccessScope scope) {
		Handler handler = new Handler(
				new RowChecks(scope, new ImportReferences(jdbc), LocalDate.now(clock), "ma_nguoi_duoc_gop_y"));
		new TwoPassImport().run(source, COLUMNS, handler, 1000);
		return new ImportOutcome(name(), handler.created, handler.updated);
	}

	record Row(String code, LocalDate date, long organisationId, List<String> people, String kind, String topic,
			String content) {
	}

	private final class Handler implements ImportHandler<Row> {

		final RowChecks checks;

		int created;

		int updated;

		Handler(RowChecks checks) {
			this.checks = checks;
		}

		@Override
		public Row parse(ImportRow row, ImportErrors errors) {
			int before = errors.count();
			String code = checks.code(row, errors);
			LocalDate date = checks.date(row, errors);
			ImportReferences.Org org = checks.organisation(row, errors);
			List<String> people = List.copyOf(new LinkedHashSet<>(checks.people(row, errors)));
			String kind = Fields.code(row, "loai", ContractCodes.codeList(ContractCodes.KINDS), errors);
			String topic = Fields.code(row, "noi_dung_gop_y", ContractCodes.codeList(ContractCodes.TOPICS), errors);
			String content = Fields.requiredText(row, "noi_dung", CONTENT_MAX, errors);
			if (errors.count() > before) {
				return new Row(code, null, 0, people, null, null, null);
			}
			return new Row(code, date, org.id(), people, ContractCodes.KINDS.get(kind), ContractCodes.TOPICS.get(topic),
					content);
		}

		@Override
		public void check(ImportRow row, Row value, ImportErrors errors) {
			checks.remember(row, value.code(), value.people(), errors);
		}

		@Override
		public void afterValidation(ImportErrors errors) {
			checks.afterValidation(jdbc, KEY_SQL, errors);
		}

		@Override
		public void write(List<Row> batch) {
			String[] codes = batch.stream().map(Row::code).toArray(String[]::new);
			Set<String> existing = new HashSet<>(
					jdbc.sql("select code from opinion where code = any(?)").param(codes).query(String.class).list());
			List<String> pairOpinions = new ArrayList<>();
			List<Long> pairPeople = new ArrayList<>();
			List<AuditRecord> auditRecords = new ArrayList<>();
			for (Row r : batch) {
				for (String p : r.people()) {
					pairOpinions.add(r.code());
					pairPeople.add(checks.refs.person(p));
				}
				boolean update = existing.contains(r.code());
				if (update) {
					updated++;
				}
				else {
					created++;
				}
				auditRecords.add(new AuditRecord(update ? "UPDATE" : "CREATE", "Opinion", r.code(), null, state(r)));
			}
			jdbc.sql(
					"""
							insert into opinion (code, opinion_date, organisation_id, kind, topic, content, created_by, created_at)
							select x.code, x.day::date, x.org, x.kind, x.topic, x.content, ?, ?
							from unnest(?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[])
							  as x(code, day, org, kind, topic, content)
							on conflict (code) do update set opinion_date = excluded.opinion_date,
							  organisation_id = excluded.organisation_id, kind = excluded.kind, topic = excluded.topic,
							  content = excluded.content, version = opinion.version + 1""")
				.params(checks.scope.username(), OffsetDateTime.now(clock), codes,
						batch.stream().map(r -> r.date().toString()).toArray(String[]::new),
						batch.stream().map(Row::organisationId).toArray(Long[]::new),
						batch.stream().map(Row::kind).toArray(String[]::new),
						batch.stream().map(Row::topic).toArray(String[]::new),
						batch.stream().map(Row::content).toArray(String[]::new))
				.update();
			String[] opinionCodes = pairOpinions.toArray(String[]::new);
			Long[] people = pairPeople.toArray(Long[]::new);
			// people no longer listed leave; those who stay keep their commitment link
			jdbc.sql("""
					delete from opinion_person op using opinion o where o.id = op.opinion_id and o.code = any(?)
					and not exists (select 1 from unnest(?::text[], ?::bigint[]) as x(code, person)
					                where x.code = o.code and x.person = op.person_id)""")
				.params(codes, opinionCodes, people)
				.update();
			jdbc.sql("""
					insert into opinion_person (opinion_id, person_id)
					select o.id, x.person from unnest(?::text[], ?::bigint[]) as x(code, person)
					join opinion o on o.code = x.code
					on conflict do nothing""").params(opinionCodes, people).update();
			audit.recordAll(auditRecords);
		}

	}

	static Map<String, Object> state(Row r) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("date", r.date());
		m.put("organisationId", r.organisationId());
		m.put("people", r.people());
		m.put("kind", r.kind());
		m.put("topic", r.topic());
		return m;
	}

}
