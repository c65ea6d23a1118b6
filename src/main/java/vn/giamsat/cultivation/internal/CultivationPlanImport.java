package vn.giamsat.cultivation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.giamsat.cultivation.CultivationStatus;
import vn.giamsat.cultivation.internal.CultivationImportStore.ExistingPlan;
import vn.giamsat.cultivation.internal.CultivationImportStore.ImportedPlan;
import vn.giamsat.cultivation.internal.CultivationImportStore.PersonRef;
import vn.giamsat.cultivation.internal.checks.Area;
import vn.giamsat.cultivation.internal.checks.CommitmentText;
import vn.giamsat.cultivation.internal.checks.PlanText;
import vn.giamsat.cultivation.internal.checks.SpecificityChecker;
import vn.giamsat.platform.audit.AuditLog;
import vn.giamsat.platform.audit.AuditRecord;
import vn.giamsat.platform.imports.ColumnType;
import vn.giamsat.platform.imports.DateFields;
import vn.giamsat.platform.imports.Fields;
import vn.giamsat.platform.imports.ImportColumn;
import vn.giamsat.platform.imports.ImportColumns;
import vn.giamsat.platform.imports.ImportDataset;
import vn.giamsat.platform.imports.ImportError;
import vn.giamsat.platform.imports.ImportErrors;
import vn.giamsat.platform.imports.ImportHandler;
import vn.giamsat.platform.imports.ImportMessages;
import vn.giamsat.platform.imports.ImportOutcome;
import vn.giamsat.platform.imports.ImportRejectedException;
import vn.giamsat.platform.imports.ImportRow;
import vn.giamsat.platform.imports.ImportSource;
import vn.giamsat.platform.imports.TwoPassImport;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.Role;
import vn.giamsat.shared.text.VietnameseText;

/**
 * Bulk import of self-cultivation plans by the Propaganda Department (or the managing
 * party committee), from the XLSX, CSV or Word tables the plans are collected in on
 * paper. One row per commitment; rows are grouped by person and year into a plan that
 * replaces that person's plan text for the year (created if absent) and is left
 * submitted, ready for the committee's approval. A plan already approved, posted or later
 * is never touched.
 *
 * <p>
 * The rules are those of the plan form ({@code CultivationPlans}): texts of at most 2,000
 * characters, at most 30 commitments, a concrete action, a deadline inside the plan's
 * year, active criteria only. All or nothing: every error is listed with its row and
 * column. Re-importing the same file gives the same plans. Built for 100,000 rows: pass 1
 * keeps only a small entry per plan; pass 2 writes whole plans in batches.
 */
@Component
class CultivationPlanImport implements ImportDataset {

	static final String NAME = "cultivation-plans";

	static final int TEXT_MAX = 2000;

	static final int COMMITMENTS_MAX = 30;

	static final int CRITERIA_MAX_LENGTH = 500;

	/** Codes of the import file and the area each stands for. */
	static final Map<String, Area> AREA_CODES = new LinkedHashMap<>();

	static {
		AREA_CODES.put("CHINH_TRI", Area.POLITICAL_STUDY);
		AREA_CODES.put("DAO_DUC_LOI_SONG", Area.ETHICS_LIFESTYLE);
		AREA_CODES.put("CONG_TAC", Area.WORK);
		AREA_CODES.put("NOI_CU_TRU", Area.RESIDENCE);
	}

	/**
	 * Other spellings seen in real files: the labels of the plan form, the English names.
	 */
	static final Map<String, Area> AREA_ALIASES = Map.ofEntries(
			Map.entry("HOC_TAP_LY_LUAN_CHINH_TRI", Area.POLITICAL_STUDY),
			Map.entry("HOC_TAP_CHINH_TRI", Area.POLITICAL_STUDY), Map.entry("CHINH_TRI_TU_TUONG", Area.POLITICAL_STUDY),
			Map.entry("DAO_DUC", Area.ETHICS_LIFESTYLE), Map.entry("CONG_TAC_CHUYEN_MON", Area.WORK),
			Map.entry("CHUYEN_MON", Area.WORK), Map.entry("TRACH_NHIEM_NOI_CU_TRU", Area.RESIDENCE),
			Map.entry("POLITICAL_STUDY", Area.POLITICAL_STUDY), Map.entry("ETHICS_LIFESTYLE", Area.ETHICS_LIFESTYLE),
			Map.entry("WORK", Area.WORK), Map.entry("RESIDENCE", Area.RESIDENCE));

	static final ImportColumns COLUMNS = ImportColumns.of(ImportColumn.required("ma_nguoi", "Mã cán bộ").maxLength(40),
			ImportColumn.required("nam", "Năm").type(ColumnType.INTEGER),
			ImportColumn.optional("diem_yeu", "Hạn chế, khuyết điểm")
				.maxLength(TEXT_MAX)
				.note("cultivation.import.note.weaknesses"),
			ImportColumn.required("linh_vuc", "Lĩnh vực")
				.codes(AREA_CODES.keySet().toArray(String[]::new))
				.note("cultivation.import.note.area"),
			ImportColumn.required("hanh_dong", "Việc làm cụ thể").maxLength(TEXT_MAX),
			ImportColumn.optional("thuoc_do", "Kết quả đo được").maxLength(TEXT_MAX),
			ImportColumn.optional("thoi_han", "Thời hạn")
				.type(ColumnType.DATE)
				.note("cultivation.import.note.deadline"),
			ImportColumn.optional("tieu_chi", "Tiêu chí")
				.type(ColumnType.CODE_LIST)
				.maxLength(CRITERIA_MAX_LENGTH)
				.note("cultivation.import.note.criteria"));

	/** Excel's day numbers of 2000-01-01 and 2100-12-31 (the years a plan may have). */
	static final int EXCEL_SERIAL_MIN = 36526;

	static final int EXCEL_SERIAL_MAX = 73415;

	private static final java.util.regex.Pattern EXCEL_SERIAL = java.util.regex.Pattern.compile("\\d{5}(\\.0+)?");

	private static final java.util.regex.Pattern NOT_CODE = java.util.regex.Pattern.compile("[^A-Z0-9]+");

	private static final java.util.regex.Pattern EDGE_UNDERSCORES = java.util.regex.Pattern.compile("^_|_$");

	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	private static final Set<CultivationStatus> REPLACEABLE = EnumSet.of(CultivationStatus.DRAFT,
			CultivationStatus.SUBMITTED, CultivationStatus.RETURNED);

	private final CultivationImportStore store;

	private final AuditLog audit;

	private final Clock clock;

	private final SpecificityChecker checker = SpecificityChecker.withDefaults();

	CultivationPlanImport(CultivationImportStore store, AuditLog audit, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String titleKey() {
		return "cultivation.import.title";
	}

	@Override
	public ImportColumns columns() {
		return COLUMNS;
	}

	@Override
	public boolean acceptsWordTables() {
		return true;
	}

	@Override
	public Set<Role> allowedRoles() {
		return EnumSet.of(Role.SYSTEM_ADMIN, Role.PROPAGANDA_OFFICER, Role.PARTY_COMMITTEE_OFFICER);
	}

	@Override
	public ImportOutcome run(ImportSource source, AccessScope scope) {
		Handler handler = new Handler(scope, store.criteria());
		TwoPassImport.acceptingWordTables().run(source, COLUMNS, handler, 1000);
		return new ImportOutcome(name(), handler.created, handler.updated);
	}

	/** One commitment row as read; {@code personKey} is the lower-cased person code. */
	record Line(int row, String personCode, String personKey, Integer year, String weaknesses, Area area, String action,
			String measure, LocalDate deadline, List<String> criteria) {

		String planKey() {
			return personKey + "/" + year;
		}

	}

	/** Pass 1's memory of a plan: where it starts, how many rows, its weaknesses. */
	static final class PlanTally {

		final String personCode;

		final int year;

		final int firstRow;

		int rows;

		String weaknesses;

		int weaknessesRow;

		PlanTally(String personCode, int year, int firstRow) {
			this.personCode = personCode;
			this.year = year;
			this.firstRow = firstRow;
		}

	}

	/** A plan whose rows have all been read, ready to write. */
	record Ready(PlanTally tally, ImportedPlan plan) {
	}

	/** Pass 2's buffer of a plan until all its rows have arrived. */
	static final class PlanBuffer {

		final List<CommitmentDraft> commitments = new ArrayList<>();

		String weaknesses;

	}

	private final class Handler implements ImportHandler<Line> {

		final AccessScope scope;

		final Map<String, Boolean> criteria;

		final Map<String, PlanTally> tallies = new LinkedHashMap<>();

		final Map<String, PersonRef> people = new HashMap<>();

		final Map<String, PlanBuffer> pending = new LinkedHashMap<>();

		final OffsetDateTime now = OffsetDateTime.now(clock);

		int created;

		int updated;

		Map<String, ExistingPlan> existing = Map.of();

		Handler(AccessScope scope, Map<String, Boolean> criteria) {
			this.scope = scope;
			this.criteria = criteria;
		}

		@Override
		public Line parse(ImportRow row, ImportErrors errors) {
			String code = Fields.required(row, "ma_nguoi", errors);
			if (code != null && code.length() > 40) {
				errors.add(row.row(), "ma_nguoi", ImportMessages.FIELD_TOO_LONG, row.headerOf("ma_nguoi"), 40,
						code.length());
				code = null;
			}
			Integer year = Fields.required(row, "nam", errors) == null ? null
					: Fields.integer(row, "nam", 2000, 2100, errors);
			String weaknesses = Fields.text(row, "diem_yeu", TEXT_MAX, errors);
			Area area = area(row, errors);
			String action = Fields.requiredText(row, "hanh_dong", TEXT_MAX, errors);
			String measure = Fields.text(row, "thuoc_do", TEXT_MAX, errors);
			LocalDate deadline = deadline(row, errors);
			if (deadline != null && year != null && deadline.getYear() != year) {
				errors.add(row.row(), "thoi_han", "cultivation.import.deadlineOutsideYear", row.headerOf("thoi_han"),
						row.get("thoi_han"), year);
			}
			List<String> codes = criteria(row, errors);
			return new Line(row.row(), code, code == null ? null : code.toLowerCase(Locale.ROOT), year, weaknesses,
					area, action, measure, deadline, codes);
		}

		private Area area(ImportRow row, ImportErrors errors) {
			String value = row.get("linh_vuc");
			if (value == null) {
				errors.add(row.row(), "linh_vuc", ImportMessages.FIELD_REQUIRED, row.headerOf("linh_vuc"));
				return null;
			}
			String folded = EDGE_UNDERSCORES
				.matcher(NOT_CODE.matcher(VietnameseText.fold(value).toUpperCase(Locale.ROOT)).replaceAll("_"))
				.replaceAll("");
			Area area = AREA_CODES.get(folded);
			if (area == null) {
				area = AREA_ALIASES.get(folded);
			}
			if (area == null) {
				errors.add(row.row(), "linh_vuc", ImportMessages.FIELD_CODE, row.headerOf("linh_vuc"), value,
						String.join(", ", AREA_CODES.keySet()));
			}
			return area;
		}

		/**
		 * dd/MM/yyyy or yyyy-MM-dd, or the day number Excel keeps for a date in a cell
		 * formatted as a number.
		 */
		private LocalDate deadline(ImportRow row, ImportErrors errors) {
			String value = row.get("thoi_han");
			if (value == null) {
				return null;
			}
			if (EXCEL_SERIAL.matcher(value).matches()) {
				int serial = Integer.parseInt(value.substring(0, 5));
				if (serial >= EXCEL_SERIAL_MIN && serial <= EXCEL_SERIAL_MAX) {
					return EXCEL_EPOCH.plusDays(serial);
				}
			}
			return DateFields.date(row, "thoi_han", errors);
		}

		private List<String> criteria(ImportRow row, ImportErrors errors) {
			String value = row.get("tieu_chi");
			if (value == null) {
				return List.of();
			}
			LinkedHashSet<String> codes = new LinkedHashSet<>();
			for (String part : Fields.splitList(value)) {
				String code = part.toUpperCase(Locale.ROOT);
				Boolean retired = criteria.get(code);
				if (retired == null) {
					errors.add(row.row(), "tieu_chi", "cultivation.import.criterionUnknown", part);
				}
				else if (retired) {
					errors.add(row.row(), "tieu_chi", "cultivation.import.criterionRetired", part);
				}
				else {
					codes.add(code);
				}
			}
			if (String.join(";", codes).length() > CRITERIA_MAX_LENGTH) {
				errors.add(row.row(), "tieu_chi", ImportMessages.FIELD_TOO_LONG, row.headerOf("tieu_chi"),
						CRITERIA_MAX_LENGTH, String.join(";", codes).length());
			}
			return List.copyOf(codes);
		}

		@Override
		public void check(ImportRow row, Line line, ImportErrors errors) {
			if (line.personKey() == null || line.year() == null) {
				return;
			}
			PlanTally tally = tallies.computeIfAbsent(line.planKey(),
					k -> new PlanTally(line.personCode(), line.year(), row.row()));
			tally.rows++;
			if (tally.rows == COMMITMENTS_MAX + 1) {
				errors.add(row.row(), "hanh_dong", "cultivation.import.tooManyCommitments", line.personCode(),
						line.year(), COMMITMENTS_MAX);
			}
			if (line.weaknesses() != null) {
				if (tally.weaknesses == null) {
					tally.weaknesses = line.weaknesses();
					tally.weaknessesRow = row.row();
				}
				else if (!tally.weaknesses.equals(line.weaknesses())) {
					errors.add(row.row(), "diem_yeu", "cultivation.import.weaknessesDiffer", row.headerOf("diem_yeu"),
							tally.weaknessesRow);
				}
			}
		}

		/**
		 * Unknown people, people outside the importer's scope, plans already decided: one
		 * error on the first row of each plan concerned.
		 */
		@Override
		public void afterValidation(ImportErrors errors) {
			List<String> codes = tallies.values().stream().map(t -> t.personCode).distinct().toList();
			people.putAll(store.people(codes));
			List<Long> ids = people.values().stream().map(PersonRef::id).toList();
			existing = store.plans(ids, false);
			for (PlanTally t : tallies.values()) {
				PersonRef person = people.get(t.personCode.toLowerCase(Locale.ROOT));
				if (person == null) {
					errors.add(t.firstRow, "ma_nguoi", "cultivation.import.personUnknown", t.personCode);
				}
				else if (!inScope(person)) {
					errors.add(t.firstRow, "ma_nguoi", "cultivation.import.outOfScope", t.personCode);
				}
				else {
					ExistingPlan plan = existing.get(CultivationImportStore.key(person.id(), t.year));
					if (plan != null && !REPLACEABLE.contains(plan.status())) {
						errors.add(t.firstRow, "nam", "cultivation.import.planDecided", t.personCode, t.year);
					}
				}
			}
		}

		/**
		 * The Propaganda Department: people working, living or managed in its units; a
		 * party committee: the people it manages.
		 */
		private boolean inScope(PersonRef p) {
			if (scope.global()) {
				return true;
			}
			if (scope.is(Role.PARTY_COMMITTEE_OFFICER)) {
				return p.managingCommitteeId() != null && p.managingCommitteeId().equals(scope.organisationId());
			}
			return scope.coversUnit(p.workplaceUnitId()) || scope.coversUnit(p.residenceUnitId())
					|| scope.coversUnit(p.managingCommitteeUnitId());
		}

		@Override
		public void write(List<Line> batch) {
			for (Line line : batch) {
				PlanBuffer buffer = pending.computeIfAbsent(line.planKey(), k -> new PlanBuffer());
				if (buffer.weaknesses == null && line.weaknesses() != null) {
					buffer.weaknesses = line.weaknesses();
				}
				buffer.commitments.add(new CommitmentDraft(line.area(), line.action(), line.measure(), line.deadline(),
						line.criteria()));
			}
			List<Ready> complete = new ArrayList<>();
			for (Iterator<Map.Entry<String, PlanBuffer>> it = pending.entrySet().iterator(); it.hasNext();) {
				Map.Entry<String, PlanBuffer> e = it.next();
				PlanTally tally = tallies.get(e.getKey());
				if (e.getValue().commitments.size() == tally.rows) {
					complete.add(new Ready(tally, plan(tally, e.getValue())));
					it.remove();
				}
			}
			if (!complete.isEmpty()) {
				writePlans(complete);
			}
		}

		private ImportedPlan plan(PlanTally tally, PlanBuffer buffer) {
			PersonRef person = people.get(tally.personCode.toLowerCase(Locale.ROOT));
			String weaknesses = buffer.weaknesses == null ? "" : buffer.weaknesses;
			List<CommitmentText> texts = buffer.commitments.stream()
				.map(c -> new CommitmentText(c.area(), c.action(), c.measure(), c.deadline(), c.criteria()))
				.toList();
			int score = checker
				.check(new PlanText(person.code() + "/" + tally.year, String.valueOf(person.id()), tally.year,
						weaknesses, texts))
				.score();
			return new ImportedPlan(person.id(), tally.year, weaknesses, List.copyOf(buffer.commitments), score);
		}

		private void writePlans(List<Ready> ready) {
			List<ImportedPlan> plans = ready.stream().map(Ready::plan).toList();
			List<Long> personIds = plans.stream().map(ImportedPlan::personId).distinct().toList();
			// Locked now: a committee approving one of them meanwhile waits, then sees it
			// submitted again; a plan decided since pass 1 refuses the whole import.
			Map<String, ExistingPlan> current = store.plans(personIds, true);
			List<ImportError> decided = new ArrayList<>();
			for (Ready r : ready) {
				ExistingPlan plan = current.get(CultivationImportStore.key(r.plan().personId(), r.plan().year()));
				if (plan != null && !REPLACEABLE.contains(plan.status())) {
					PlanTally tally = r.tally();
					decided.add(new ImportError(tally.firstRow, "nam", "cultivation.import.planDecided",
							tally.personCode, tally.year));
				}
			}
			if (!decided.isEmpty()) {
				throw new ImportRejectedException(decided);
			}
			Map<String, Long> ids = store.write(plans, scope.username(), now);
			List<AuditRecord> records = new ArrayList<>(plans.size());
			for (Ready r : ready) {
				ImportedPlan p = r.plan();
				String key = CultivationImportStore.key(p.personId(), p.year());
				ExistingPlan before = current.get(key);
				if (before == null) {
					created++;
				}
				else {
					updated++;
				}
				PlanTally tally = r.tally();
				Map<String, Object> after = new LinkedHashMap<>();
				after.put("person", tally.personCode);
				after.put("year", p.year());
				after.put("status", CultivationStatus.SUBMITTED.name());
				after.put("commitments", p.commitments().size());
				after.put("specificityScore", p.specificityScore());
				records.add(new AuditRecord(before == null ? "IMPORT_CREATE" : "IMPORT_REPLACE", "CultivationPlan",
						String.valueOf(ids.get(key)), before == null ? null : Map.of("status", before.status().name()),
						after));
			}
			audit.recordAll(records);
		}

	}

}
