package vn.giamsat.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giamsat.orgs.AdminLevel;
import vn.giamsat.orgs.OrganisationType;
import vn.giamsat.people.Gender;
import vn.giamsat.people.PersonCategory;
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
import vn.giamsat.platform.imports.UniqueKeys;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.Role;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.shared.text.VietnameseNames;
import vn.giamsat.shared.text.VietnameseText;

/**
 * The {@code people} import, built for 100,000-row files: the (small) structure is loaded
 * once so every row is checked while streaming; only codes are kept between the passes;
 * rows are upserted in JDBC batches, positions kept as history, and every row audited in
 * one chained batch.
 */
@Component
class PersonImport implements ImportDataset {

	static final String[] GENDERS = Arrays.stream(Gender.values()).map(Gender::code).toArray(String[]::new);

	static final String[] CATEGORIES = Arrays.stream(PersonCategory.values())
		.map(PersonCategory::code)
		.toArray(String[]::new);

	static final ImportColumns COLUMNS = ImportColumns.of(ImportColumn.required("ma", "Mã cán bộ").maxLength(40),
			ImportColumn.required("ho_ten", "Họ và tên").maxLength(PersonRules.NAME_MAX),
			ImportColumn.required("gioi_tinh", "Giới tính").codes(GENDERS),
			ImportColumn.optional("nam_sinh", "Năm sinh").type(ColumnType.INTEGER),
			ImportColumn.required("dang_vien", "Đảng viên").codes("CO", "KHONG"),
			ImportColumn.optional("chuc_vu", "Chức vụ"),
			ImportColumn.optional("ma_noi_cong_tac", "Mã nơi công tác").maxLength(40),
			ImportColumn.optional("ma_noi_cu_tru", "Mã tổ dân phố nơi cư trú").maxLength(40),
			ImportColumn.optional("ma_cap_uy_quan_ly", "Mã cấp ủy quản lý").maxLength(40),
			ImportColumn.required("nhom", "Nhóm đối tượng").codes(CATEGORIES));

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final AuditLog audit;

	private final Clock clock;

	PersonImport(JdbcClient jdbc, JdbcTemplate jdbcTemplate, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "people";
	}

	@Override
	public ImportColumns columns() {
		return COLUMNS;
	}

	@Override
	public Set<Role> allowedRoles() {
		return EnumSet.of(Role.SYSTEM_ADMIN, Role.FRONT_OFFICER, Role.PARTY_COMMITTEE_OFFICER);
	}

	@Override
	public ImportOutcome run(ImportSource source, AccessScope scope) {
		Handler handler = new Handler(scope, ReferenceData.load(jdbc), LocalDate.now(clock));
		new TwoPassImport().run(source, COLUMNS, handler, 1000);
		return new ImportOutcome(name(), handler.created, handler.updated);
	}

	/** Organisations and units by code: thousands of rows, loaded once per import. */
	record ReferenceData(Map<String, Org> orgs, Map<String, Unit> units) {

		record Org(long id, OrganisationType type, long unitId) {
		}

		record Unit(long id, AdminLevel level) {
		}

		static ReferenceData load(JdbcClient jdbc) {
			Map<String, Org> orgs = new HashMap<>();
			jdbc.sql("select code, id, type, unit_id from organisation").query(rs -> {
				orgs.put(rs.getString(1),
						new Org(rs.getLong(2), OrganisationType.valueOf(rs.getString(3)), rs.getLong(4)));
			});
			Map<String, Unit> units = new HashMap<>();
			jdbc.sql("select code, id, level from admin_unit").query(rs -> {
				units.put(rs.getString(1), new Unit(rs.getLong(2), AdminLevel.valueOf(rs.getString(3))));
			});
			return new ReferenceData(orgs, units);
		}

		PersonRules.Lookup lookup() {
			return new PersonRules.Lookup() {
				@Override
				public Optional<OrganisationType> organisationType(String code) {
					return Optional.ofNullable(orgs.get(code)).map(Org::type);
				}

				@Override
				public Optional<AdminLevel> unitLevel(String code) {
					return Optional.ofNullable(units.get(code)).map(Unit::level);
				}
			};
		}

		Long orgId(String code) {
			return code == null ? null : Optional.ofNullable(orgs.get(code)).map(Org::id).orElse(null);
		}

		Long orgUnit(String code) {
			return code == null ? null : Optional.ofNullable(orgs.get(code)).map(Org::unitId).orElse(null);
		}

		Long unitId(String code) {
			return code == null ? null : Optional.ofNullable(units.get(code)).map(Unit::id).orElse(null);
		}
	}

	private final class Handler implements ImportHandler<PersonDraft> {

		final AccessScope scope;

		final ReferenceData refs;

		final LocalDate today;

		final UniqueKeys codes = new UniqueKeys();

		final Map<String, Integer> lines = new HashMap<>();

		int created;

		int updated;

		Handler(AccessScope scope, ReferenceData refs, LocalDate today) {
			this.scope = scope;
			this.refs = refs;
			this.today = today;
		}

		@Override
		public PersonDraft parse(ImportRow row, ImportErrors errors) {
			String code = Fields.required(row, "ma", errors);
			String name = Fields.requiredText(row, "ho_ten", PersonRules.NAME_MAX, errors);
			String gender = Fields.code(row, "gioi_tinh", List.of(GENDERS), errors);
			Integer year = Fields.integer(row, "nam_sinh", 1900, today.getYear(), errors);
			String party = Fields.code(row, "dang_vien", List.of("CO", "KHONG"), errors);
			String title = Fields.text(row, "chuc_vu", 255, errors);
			String category = Fields.code(row, "nhom", List.of(CATEGORIES), errors);
			PersonDraft d = new PersonDraft(code, name, gender == null ? null : Gender.fromCode(gender).orElse(null),
					year, "CO".equals(party), title, row.get("ma_noi_cong_tac"), row.get("ma_noi_cu_tru"),
					row.get("ma_cap_uy_quan_ly"),
					category == null ? null : PersonCategory.fromCode(category).orElse(null));
			if (code != null && name != null && d.gender() != null && d.category() != null) {
				for (Problem p : PersonRules.check(d, today.getYear(), refs.lookup())) {
					errors.add(row.row(), column(p.field()), p.code(), p.args());
				}
			}
			if (!scope.global() && !(scope.coversUnit(refs.orgUnit(d.workplaceCode()))
					|| scope.coversUnit(refs.unitId(d.residenceUnitCode()))
					|| scope.coversUnit(refs.orgUnit(d.managingCommitteeCode())))) {
				errors.add(row.row(), "ma", "imports.error.outOfScope");
			}
			return d;
		}

		@Override
		public void check(ImportRow row, PersonDraft value, ImportErrors errors) {
			if (value.code() != null && codes.add(row, "ma", errors)) {
				lines.put(value.code(), row.row());
			}
		}

		/** Updating a person outside the scope would move them into it: refused. */
		@Override
		public void afterValidation(ImportErrors errors) {
			if (scope.global() || lines.isEmpty()) {
				return;
			}
			List<String> all = new ArrayList<>(lines.keySet());
			for (int i = 0; i < all.size(); i += 5000) {
				String[] chunk = all.subList(i, Math.min(all.size(), i + 5000)).toArray(String[]::new);
				jdbc.sql("""
						select p.code, w.unit_id, p.residence_unit_id, m.unit_id from person p
						left join organisation w on w.id = p.workplace_id
						left join organisation m on m.id = p.managing_committee_id where p.code = any(?)""")
					.param(chunk)
					.query(rs -> {
						Long a = (Long) rs.getObject(2);
						Long b = (Long) rs.getObject(3);
						Long c = (Long) rs.getObject(4);
						if (!(scope.coversUnit(a) || scope.coversUnit(b) || scope.coversUnit(c))) {
							errors.add(lines.get(rs.getString(1)), "ma", "imports.error.outOfScope");
						}
					});
			}
		}

		@Override
		public void write(List<PersonDraft> batch) {
			String[] batchCodes = batch.stream().map(PersonDraft::code).toArray(String[]::new);
			Set<String> existing = new HashSet<>(jdbc.sql("select code from person where code = any(?)")
				.param(batchCodes)
				.query(String.class)
				.list());
			List<Object[]> rows = new ArrayList<>(batch.size());
			List<AuditRecord> auditRecords = new ArrayList<>(batch.size());
			for (PersonDraft d : batch) {
				String fullName = VietnameseText.normalize(d.fullName());
				rows.add(new Object[] { d.code(), fullName, VietnameseText.fold(fullName),
						VietnameseNames.sortKey(fullName), d.gender().name(), d.birthYear(), d.partyMember(),
						d.positionTitle(), refs.orgId(d.workplaceCode()), refs.unitId(d.residenceUnitCode()),
						refs.orgId(d.managingCommitteeCode()), d.category().name() });
				boolean update = existing.contains(d.code());
				if (update) {
					updated++;
				}
				else {
					created++;
				}
				auditRecords.add(new AuditRecord(update ? "UPDATE" : "CREATE", "Person", d.code(), null, state(d)));
			}
			jdbcTemplate.batchUpdate("""
					insert into person (code, full_name, name_folded, sort_key, gender, birth_year, party_member,
					  position_title, workplace_id, residence_unit_id, managing_committee_id, category)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (code) do update set full_name = excluded.full_name, name_folded = excluded.name_folded,
					  sort_key = excluded.sort_key, gender = excluded.gender, birth_year = excluded.birth_year,
					  party_member = excluded.party_member, position_title = excluded.position_title,
					  workplace_id = excluded.workplace_id, residence_unit_id = excluded.residence_unit_id,
					  managing_committee_id = excluded.managing_committee_id, category = excluded.category,
					  version = person.version + 1""", rows);
			keepPositionHistory(batchCodes);
			// audited batch by batch, in the import's transaction: memory stays flat for
			// 100,000 rows
			audit.recordAll(auditRecords);
		}

		/**
		 * Closes open positions whose title or workplace changed, then opens the current
		 * one.
		 */
		private void keepPositionHistory(String[] batchCodes) {
			jdbc.sql(
					"""
							update person_position pp set valid_to = greatest(pp.valid_from, ?::date - 1)
							from person p where p.id = pp.person_id and p.code = any(?) and pp.valid_to is null
							  and (p.position_title is distinct from pp.title or p.workplace_id is distinct from pp.organisation_id)""")
				.params(today, batchCodes)
				.update();
			jdbc.sql(
					"""
							insert into person_position (person_id, title, organisation_id, valid_from)
							select p.id, p.position_title, p.workplace_id, ? from person p
							where p.code = any(?) and p.position_title is not null
							  and not exists (select 1 from person_position pp where pp.person_id = p.id and pp.valid_to is null)""")
				.params(today, batchCodes)
				.update();
		}

	}

	static Map<String, Object> state(PersonDraft d) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("code", d.code());
		m.put("fullName", d.fullName());
		m.put("gender", d.gender());
		m.put("birthYear", d.birthYear());
		m.put("partyMember", d.partyMember());
		m.put("positionTitle", d.positionTitle());
		m.put("workplace", d.workplaceCode());
		m.put("residence", d.residenceUnitCode());
		m.put("managingCommittee", d.managingCommitteeCode());
		m.put("category", d.category());
		return m;
	}

	static String column(String field) {
		return switch (field == null ? "" : field) {
			case "code" -> "ma";
			case "fullName" -> "ho_ten";
			case "gender" -> "gioi_tinh";
			case "birthYear" -> "nam_sinh";
			case "positionTitle" -> "chuc_vu";
			case "workplace" -> "ma_noi_cong_tac";
			case "residence" -> "ma_noi_cu_tru";
			case "managingCommittee" -> "ma_cap_uy_quan_ly";
			case "category" -> "nhom";
			default -> null;
		};
	}

}
