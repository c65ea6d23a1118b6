package vn.giamsat.orgs.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
import vn.giamsat.orgs.OrganisationType;
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
 * The {@code organisations} import: rows checked against the organisation rules (known
 * unit, dates inside the unit's, no parent cycle) over database and file together;
 * validity defaults to the unit's when the optional date columns are empty.
 */
@Component
class OrganisationImport implements ImportDataset {

	static final String[] TYPE_CODES = Arrays.stream(OrganisationType.values())
		.map(OrganisationType::code)
		.toArray(String[]::new);

	static final ImportColumns COLUMNS = ImportColumns.of(ImportColumn.required("ma", "Mã tổ chức").maxLength(40),
			ImportColumn.required("ten", "Tên tổ chức"), ImportColumn.required("loai", "Loại").codes(TYPE_CODES),
			ImportColumn.required("ma_don_vi_hanh_chinh", "Mã đơn vị hành chính").maxLength(40),
			ImportColumn.optional("ma_to_chuc_cha", "Mã tổ chức cha").maxLength(40),
			ImportColumn.optional("hieu_luc_tu", "Hoạt động từ").type(ColumnType.DATE),
			ImportColumn.optional("hieu_luc_den", "Hoạt động đến").type(ColumnType.DATE));

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final org.springframework.jdbc.core.JdbcTemplate template;

	OrganisationImport(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template, AuditLog audit) {
		this.jdbc = jdbc;
		this.template = template;
		this.audit = audit;
	}

	@Override
	public String name() {
		return "organisations";
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
		ParentLinks.link(template, ParentLinks.Table.ORGANISATION,
				handler.rows.values()
					.stream()
					.map(r -> new String[] { r.draft.code(), r.draft.parentCode() })
					.toList());
		audit.recordAll(handler.auditRecords);
		return new ImportOutcome(name(), handler.created, handler.updated);
	}

	record Row(int line, OrganisationDraft draft) {
	}

	record UnitInfo(long id, UnitDraft draft) {
	}

	private final class Handler implements ImportHandler<OrganisationDraft> {

		final AccessScope scope;

		final UniqueKeys codes = new UniqueKeys();

		final Map<String, Row> rows = new LinkedHashMap<>();

		final List<AuditRecord> auditRecords = new ArrayList<>();

		Map<String, UnitInfo> units;

		int created;

		int updated;

		Handler(AccessScope scope) {
			this.scope = scope;
		}

		@Override
		public OrganisationDraft parse(ImportRow row, ImportErrors errors) {
			String code = Fields.required(row, "ma", errors);
			String name = Fields.requiredText(row, "ten", FieldRules.NAME_MAX, errors);
			String type = Fields.code(row, "loai", List.of(TYPE_CODES), errors);
			String unit = Fields.required(row, "ma_don_vi_hanh_chinh", errors);
			String parent = Fields.text(row, "ma_to_chuc_cha", 40, errors);
			LocalDate from = DateFields.date(row, "hieu_luc_tu", errors);
			LocalDate to = DateFields.date(row, "hieu_luc_den", errors);
			return new OrganisationDraft(code, name, type == null ? null : OrganisationType.fromCode(type).orElse(null),
					unit, parent, from, to);
		}

		@Override
		public void check(ImportRow row, OrganisationDraft value, ImportErrors errors) {
			if (value.code() != null && codes.add(row, "ma", errors)) {
				rows.put(value.code(), new Row(row.row(), value));
			}
		}

		@Override
		public void afterValidation(ImportErrors errors) {
			units = units();
			Map<String, OrganisationDraft> orgs = new HashMap<>(existingOrganisations());
			Map<String, Long> orgUnits = existingOrganisationUnits();
			rows.values().forEach(r -> orgs.put(r.draft.code(), r.draft));
			OrganisationRules.Lookup lookup = new OrganisationRules.Lookup() {
				@Override
				public Optional<UnitDraft> unit(String code) {
					return Optional.ofNullable(units.get(code)).map(UnitInfo::draft);
				}

				@Override
				public Optional<OrganisationDraft> organisation(String code) {
					return Optional.ofNullable(orgs.get(code));
				}
			};
			for (Row r : rows.values()) {
				OrganisationDraft d = withDefaultValidity(r.draft);
				rows.put(d.code(), new Row(r.line, d));
				for (Problem p : OrganisationRules.check(d, lookup)) {
					errors.add(r.line, column(p.field()), p.code(), p.args());
				}
				UnitInfo unit = d.unitCode() == null ? null : units.get(d.unitCode());
				Long ownUnit = orgUnits.get(d.code());
				if (unit != null && (!scope.coversUnit(unit.id()) || (ownUnit != null && !scope.coversUnit(ownUnit)))) {
					errors.add(r.line, "ma_don_vi_hanh_chinh", "imports.error.outOfScope");
				}
			}
		}

		/**
		 * Pass 2 re-parses rows, so the default validity is applied again from the unit.
		 */
		private OrganisationDraft withDefaultValidity(OrganisationDraft d) {
			UnitInfo unit = d.unitCode() == null ? null : units.get(d.unitCode());
			if (d.validFrom() != null || unit == null) {
				return d;
			}
			return new OrganisationDraft(d.code(), d.name(), d.type(), d.unitCode(), d.parentCode(),
					unit.draft().validFrom(), d.validTo() != null ? d.validTo() : unit.draft().validTo());
		}

		@Override
		public void write(List<OrganisationDraft> batch) {
			for (OrganisationDraft raw : batch) {
				OrganisationDraft d = withDefaultValidity(raw);
				long unitId = units.get(d.unitCode()).id();
				Optional<Map<String, Object>> before = jdbc
					.sql("select code, name, type, unit_id, valid_from, valid_to from organisation where code = ?")
					.param(d.code())
					.query()
					.listOfRows()
					.stream()
					.findFirst();
				if (before.isPresent()) {
					jdbc.sql(
							"update organisation set name = ?, name_folded = ?, type = ?, unit_id = ?, valid_from = ?, valid_to = ?, version = version + 1 where code = ?")
						.params(d.name(), VietnameseText.fold(d.name()), d.type().name(), unitId, d.validFrom(),
								d.validTo(), d.code())
						.update();
					updated++;
				}
				else {
					jdbc.sql(
							"insert into organisation (code, name, name_folded, type, unit_id, valid_from, valid_to) values (?, ?, ?, ?, ?, ?, ?)")
						.params(d.code(), d.name(), VietnameseText.fold(d.name()), d.type().name(), unitId,
								d.validFrom(), d.validTo())
						.update();
					created++;
				}
				Map<String, Object> after = new LinkedHashMap<>();
				after.put("code", d.code());
				after.put("name", d.name());
				after.put("type", d.type().name());
				after.put("unit", d.unitCode());
				after.put("parent", d.parentCode());
				after.put("validFrom", String.valueOf(d.validFrom()));
				after.put("validTo", d.validTo() == null ? null : d.validTo().toString());
				auditRecords.add(new AuditRecord(before.isPresent() ? "UPDATE" : "CREATE", "Organisation", d.code(),
						before.map(UnitImport::stringify).orElse(null), after));
			}
		}

		private Map<String, UnitInfo> units() {
			Map<String, UnitInfo> map = new HashMap<>();
			jdbc.sql("select id, code, name, level, valid_from, valid_to from admin_unit").query(rs -> {
				map.put(rs.getString(2),
						new UnitInfo(rs.getLong(1),
								new UnitDraft(rs.getString(2), rs.getString(3), AdminLevel.valueOf(rs.getString(4)),
										null, rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class))));
			});
			return map;
		}

		private Map<String, OrganisationDraft> existingOrganisations() {
			Map<String, OrganisationDraft> map = new HashMap<>();
			jdbc.sql(
					"select o.code, o.name, o.type, p.code from organisation o left join organisation p on p.id = o.parent_id")
				.query(rs -> {
					map.put(rs.getString(1), new OrganisationDraft(rs.getString(1), rs.getString(2),
							OrganisationType.valueOf(rs.getString(3)), null, rs.getString(4), null, null));
				});
			return map;
		}

		private Map<String, Long> existingOrganisationUnits() {
			Map<String, Long> map = new HashMap<>();
			jdbc.sql("select code, unit_id from organisation").query(rs -> {
				map.put(rs.getString(1), rs.getLong(2));
			});
			return map;
		}

	}

	static String column(String field) {
		return switch (field == null ? "" : field) {
			case "code" -> "ma";
			case "name" -> "ten";
			case "type" -> "loai";
			case "unit" -> "ma_don_vi_hanh_chinh";
			case "parent" -> "ma_to_chuc_cha";
			case "validFrom" -> "hieu_luc_tu";
			case "validTo" -> "hieu_luc_den";
			default -> null;
		};
	}

}
