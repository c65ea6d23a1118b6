package vn.giamsat.supervision.internal.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * The contract's {@code supervision-records} import. A row naming several people becomes
 * one record (one lượt giám sát) per person, coded {@code <ma>#<personCode>}; a row with
 * one person keeps the code {@code <ma>}. Re-importing finds a row's records by the part
 * before {@code #}, updates them and deletes those whose person left the row, so the
 * import stays idempotent whatever the row becomes. Writes go in array-parameter
 * statements of 1,000 rows (100,000 records within a minute).
 */
@Component
class SupervisionRecordImport implements ImportDataset {

	static final ImportColumns COLUMNS = ImportColumns.of(ImportColumn.required("ma", "Mã lượt giám sát").maxLength(40),
			ImportColumn.required("ngay", "Ngày giám sát").type(ColumnType.DATE),
			ImportColumn.required("ma_don_vi_dau_moi", "Mã đơn vị đầu mối").maxLength(40),
			ImportColumn.required("ma_nguoi_duoc_giam_sat", "Mã người được giám sát")
				.maxLength(4000)
				.note("stats.import.note.people"),
			ImportColumn.required("hinh_thuc", "Hình thức giám sát").codes(ContractCodes.codes(ContractCodes.METHODS)),
			ImportColumn.optional("tieu_chi", "Tiêu chí").codeList().maxLength(1000).note("stats.import.note.criteria"),
			ImportColumn.required("ket_qua", "Kết quả").codes(ContractCodes.codes(ContractCodes.FINDINGS)),
			ImportColumn.optional("ghi_chu", "Ghi chú").maxLength(4000));

	private static final String KEY_SQL = """
			select split_part(code, '#', 1), organisation_id from supervision_record
			where split_part(code, '#', 1) = any(?)""";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	SupervisionRecordImport(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "supervision-records";
	}

	@Override
	public String titleKey() {
		return "stats.import.dataset.supervision-records";
	}

	@Override
	public ImportColumns columns() {
		return COLUMNS;
	}

	/** Records are the Front's: its officers (in their scope) and administrators. */
	@Override
	public Set<Role> allowedRoles() {
		return EnumSet.of(Role.SYSTEM_ADMIN, Role.FRONT_OFFICER);
	}

	@Override
	public ImportOutcome run(ImportSource source, AccessScope scope) {
		Handler handler = new Handler(
				new RowChecks(scope, new ImportReferences(jdbc), LocalDate.now(clock), "ma_nguoi_duoc_giam_sat"));
		new TwoPassImport().run(source, COLUMNS, handler, 1000);
		return new ImportOutcome(name(), handler.created, handler.updated);
	}

	record Row(String code, LocalDate date, long organisationId, List<String> people, String method,
			List<String> criteria, String finding, String note) {

		String recordCode(String person) {
			return people.size() == 1 ? code : code + "#" + person;
		}
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
			List<String> people = checks.people(row, errors);
			String method = Fields.code(row, "hinh_thuc", ContractCodes.codeList(ContractCodes.METHODS), errors);
			String finding = Fields.code(row, "ket_qua", ContractCodes.codeList(ContractCodes.FINDINGS), errors);
			List<String> criteria = new ArrayList<>();
			for (String c : Fields.splitList(row.get("tieu_chi"))) {
				String upper = c.toUpperCase(java.util.Locale.ROOT);
				if (checks.refs.criterionExists(upper)) {
					criteria.add(upper);
				}
				else {
					errors.add(row.row(), "tieu_chi", "stats.import.error.criterion", c);
				}
			}
			String note = Fields.text(row, "ghi_chu", 4000, errors);
			if (errors.count() > before) {
				return new Row(code, null, 0, people, null, List.of(), null, null);
			}
			return new Row(code, date, org.id(), people, ContractCodes.METHODS.get(method),
					List.copyOf(new java.util.LinkedHashSet<>(criteria)), ContractCodes.FINDINGS.get(finding), note);
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
			String[] keys = batch.stream().map(Row::code).toArray(String[]::new);
			Set<String> existing = new HashSet<>(
					jdbc.sql("select code from supervision_record where split_part(code, '#', 1) = any(?)")
						.param(keys)
						.query(String.class)
						.list());
			Records records = new Records();
			List<AuditRecord> auditRecords = new ArrayList<>();
			for (Row r : batch) {
				for (String person : new java.util.LinkedHashSet<>(r.people())) {
					String code = r.recordCode(person);
					records.add(code, r, checks.refs.person(person));
					r.criteria().forEach(c -> records.criterion(code, c));
					boolean update = existing.remove(code);
					if (update) {
						updated++;
					}
					else {
						created++;
					}
					auditRecords.add(new AuditRecord(update ? "UPDATE" : "CREATE", "SupervisionRecord", code, null,
							state(r, person)));
				}
			}
			if (!existing.isEmpty()) {
				// the row no longer names these people: their records go
				jdbc.sql("delete from supervision_record where code = any(?)")
					.param(existing.toArray(String[]::new))
					.update();
				existing.forEach(code -> auditRecords
					.add(new AuditRecord("DELETE", "SupervisionRecord", code, null, Map.of("reason", "import"))));
			}
			records.write(jdbc, checks.scope.username(), OffsetDateTime.now(clock));
			audit.recordAll(auditRecords);
		}

	}

	static Map<String, Object> state(Row r, String person) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("date", r.date());
		m.put("organisationId", r.organisationId());
		m.put("person", person);
		m.put("method", r.method());
		m.put("finding", r.finding());
		m.put("criteria", r.criteria());
		return m;
	}

}
