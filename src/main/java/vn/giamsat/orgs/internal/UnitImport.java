package vn.giamsat.orgs.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giamsat.orgs.AdminLevel;
import vn.giamsat.platform.audit.AuditLog;
import vn.giamsat.platform.audit.AuditRecord;
import vn.giamsat.platform.imports.ColumnType;
import vn.giamsat.platform.imports.DateFields;
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
import vn.giamsat.platform.imports.UniqueKeys;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.Role;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.shared.text.VietnameseText;

/**
 * The {@code units} import (API-CONTRACT.md): every row is checked against the unit rules
 * over the tree as it would be after the import (database and file together), then all
 * rows are upserted by code and parents linked in a final statement, so a file may list
 * children before their parents.
 */
@Component
class UnitImport implements ImportDataset {

	static final ImportColumns COLUMNS = ImportColumns.of(ImportColumn.required("ma", "Mã đơn vị").maxLength(40),
			ImportColumn.required("ten", "Tên đơn vị"),
			ImportColumn.required("cap", "Cấp").codes("TINH_THANH", "QUAN_HUYEN", "PHUONG_XA", "TO_DAN_PHO"),
			ImportColumn.optional("ma_don_vi_cha", "Mã đơn vị cha").maxLength(40),
			ImportColumn.required("hieu_luc_tu", "Hiệu lực từ").type(ColumnType.DATE),
			ImportColumn.optional("hieu_luc_den", "Hiệu lực đến").type(ColumnType.DATE));

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final org.springframework.jdbc.core.JdbcTemplate template;

	UnitImport(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template, AuditLog audit) {
		this.jdbc = jdbc;
		this.template = template;
		this.audit = audit;
	}

	@Override
	public String name() {
		return "units";
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
		Handler handler = new Handler(scope);
		new TwoPassImport().run(source, COLUMNS, handler, TwoPassImport.DEFAULT_BATCH_SIZE);
		linkParents(handler.fileRows);
		audit.recordAll(handler.auditRecords);
		return new ImportOutcome(name(), handler.created, handler.updated);
	}

	private void linkParents(Map<String, Row> rows) {
		ParentLinks.link(template, ParentLinks.Table.ADMIN_UNIT,
				rows.values().stream().map(r -> new String[] { r.draft.code(), r.draft.parentCode() }).toList());
	}

	record Row(int line, UnitDraft draft) {
	}

	private final class Handler implements ImportHandler<UnitDraft> {

		final AccessScope scope;

		final UniqueKeys codes = new UniqueKeys();

		final Map<String, Row> fileRows = new LinkedHashMap<>();

		final List<AuditRecord> auditRecords = new ArrayList<>();

		int created;

		int updated;

		Handler(AccessScope scope) {
			this.scope = scope;
		}

		@Override
		public UnitDraft parse(ImportRow row, ImportErrors errors) {
			String code = Fields.required(row, "ma", errors);
			String name = Fields.requiredText(row, "ten", FieldRules.NAME_MAX, errors);
			String level = Fields.code(row, "cap", List.of("TINH_THANH", "QUAN_HUYEN", "PHUONG_XA", "TO_DAN_PHO"),
					errors);
			String parent = Fields.text(row, "ma_don_vi_cha", 40, errors);
			LocalDate from = Fields.required(row, "hieu_luc_tu", errors) == null ? null
					: DateFields.date(row, "hieu_luc_tu", errors);
			LocalDate to = DateFields.date(row, "hieu_luc_den", errors);
			return new UnitDraft(code, name, level == null ? null : AdminLevel.fromCode(level).orElse(null), parent,
					from, to);
		}

		@Override
		public void check(ImportRow row, UnitDraft value, ImportErrors errors) {
			if (value.code() != null && codes.add(row, "ma", errors)) {
				fileRows.put(value.code(), new Row(row.row(), value));
			}
		}

		@Override
		public void afterValidation(ImportErrors errors) {
			Map<String, Long> ids = new HashMap<>();
			Map<String, UnitDraft> graph = existing(ids);
			fileRows.values().forEach(r -> graph.put(r.draft.code(), r.draft));
			UnitRules.Lookup lookup = MapLookup.of(graph);
			for (Row r : fileRows.values()) {
				for (Problem p : UnitRules.check(r.draft, lookup)) {
					errors.add(r.line, column(p.field()), p.code(), p.args());
				}
				if (!scope.global()) {
					Long own = ids.get(r.draft.code());
					Long parent = r.draft.parentCode() == null ? null : ids.get(r.draft.parentCode());
					boolean parentInFile = r.draft.parentCode() != null && fileRows.containsKey(r.draft.parentCode())
							&& !ids.containsKey(r.draft.parentCode());
					boolean ok = (own != null ? scope.coversUnit(own) : true)
							&& (parent != null ? scope.coversUnit(parent) : parentInFile);
					if (!ok) {
						errors.add(r.line, "ma", "imports.error.outOfScope");
					}
				}
			}
		}

		@Override
		public void write(List<UnitDraft> batch) {
			for (UnitDraft d : batch) {
				Optional<Map<String, Object>> before = jdbc
					.sql("select code, name, level, valid_from, valid_to from admin_unit where code = ?")
					.param(d.code())
					.query()
					.listOfRows()
					.stream()
					.findFirst();
				if (before.isPresent()) {
					jdbc.sql(
							"update admin_unit set name = ?, name_folded = ?, level = ?, valid_from = ?, valid_to = ?, version = version + 1 where code = ?")
						.params(d.name(), VietnameseText.fold(d.name()), d.level().name(), d.validFrom(), d.validTo(),
								d.code())
						.update();
					updated++;
				}
				else {
					jdbc.sql(
							"insert into admin_unit (code, name, name_folded, level, valid_from, valid_to) values (?, ?, ?, ?, ?, ?)")
						.params(d.code(), d.name(), VietnameseText.fold(d.name()), d.level().name(), d.validFrom(),
								d.validTo())
						.update();
					created++;
				}
				auditRecords.add(new AuditRecord(before.isPresent() ? "UPDATE" : "CREATE", "AdminUnit", d.code(),
						before.map(UnitImport::stringify).orElse(null), stringify(state(d))));
			}
		}

		/**
		 * The whole tree in one read: drafts by code for the rules, and ids by code for
		 * the scope.
		 */
		private Map<String, UnitDraft> existing(Map<String, Long> ids) {
			Map<String, UnitDraft> map = new HashMap<>();
			jdbc.sql("select u.code, u.name, u.level, p.code as parent, u.valid_from, u.valid_to, u.id "
					+ "from admin_unit u left join admin_unit p on p.id = u.parent_id")
				.query(rs -> {
					map.put(rs.getString(1),
							new UnitDraft(rs.getString(1), rs.getString(2), AdminLevel.valueOf(rs.getString(3)),
									rs.getString(4), rs.getObject(5, LocalDate.class),
									rs.getObject(6, LocalDate.class)));
					ids.put(rs.getString(1), rs.getLong(7));
				});
			return map;
		}

	}

	static String column(String field) {
		return switch (field == null ? "" : field) {
			case "code" -> "ma";
			case "name" -> "ten";
			case "level" -> "cap";
			case "parent" -> "ma_don_vi_cha";
			case "validFrom" -> "hieu_luc_tu";
			case "validTo" -> "hieu_luc_den";
			default -> null;
		};
	}

	static Map<String, Object> state(UnitDraft d) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("code", d.code());
		m.put("name", d.name());
		m.put("level", d.level());
		m.put("parentCode", d.parentCode());
		m.put("validFrom", d.validFrom());
		m.put("validTo", d.validTo());
		return m;
	}

	static Map<String, Object> stringify(Map<String, Object> m) {
		Map<String, Object> out = new LinkedHashMap<>();
		m.forEach((k, v) -> out.put(k, v == null ? null : v.toString()));
		return out;
	}

	/** The tree after the import, for the rules, with a children index built once. */
	record MapLookup(Map<String, UnitDraft> graph, Map<String, List<UnitDraft>> children) implements UnitRules.Lookup {

		static MapLookup of(Map<String, UnitDraft> graph) {
			Map<String, List<UnitDraft>> children = new HashMap<>();
			graph.values()
				.stream()
				.filter(d -> d.parentCode() != null)
				.forEach(d -> children.computeIfAbsent(d.parentCode(), k -> new ArrayList<>()).add(d));
			return new MapLookup(graph, children);
		}

		@Override
		public Optional<UnitDraft> byCode(String code) {
			return Optional.ofNullable(graph.get(code));
		}

		@Override
		public List<UnitDraft> childrenOf(String code) {
			return children.getOrDefault(code, List.of());
		}
	}

}
