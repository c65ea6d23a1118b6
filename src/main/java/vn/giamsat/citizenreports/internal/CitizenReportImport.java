package vn.giamsat.citizenreports.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giamsat.citizenreports.Channel;
import vn.giamsat.citizenreports.NewReport;
import vn.giamsat.citizenreports.Reporter;
import vn.giamsat.orgs.OrgStructure;
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
import vn.giamsat.platform.web.UserInputException;

/**
 * The {@code citizen-reports} import: reports received on paper (meetings, hotline logs)
 * entered from a spreadsheet. Every row passes the same rules as the form. A code already
 * imported is left as it is: a received report is evidence and is never rewritten by a
 * later file, so re-importing creates nothing twice.
 */
@Component
class CitizenReportImport implements ImportDataset {

	static final ImportColumns COLUMNS = ImportColumns.of(ImportColumn.required("ma", "Mã đơn").maxLength(60),
			ImportColumn.required("phan_loai", "Phân loại").codes("PHAN_ANH", "KIEN_NGHI", "TO_CAO", "KHIEU_NAI"),
			ImportColumn.required("ma_don_vi", "Mã phường/tổ dân phố").maxLength(40),
			ImportColumn.optional("ma_can_bo", "Mã cán bộ").maxLength(40),
			ImportColumn.optional("ho_ten_can_bo", "Họ tên cán bộ").maxLength(200),
			ImportColumn.optional("chuc_vu_can_bo", "Chức vụ cán bộ").maxLength(200),
			ImportColumn.required("noi_dung", "Nội dung").maxLength(ReportValidation.MAX_CONTENT),
			ImportColumn.required("an_danh", "Ẩn danh").codes("CO", "KHONG"),
			ImportColumn.optional("ho_ten_nguoi_gui", "Họ tên người gửi").maxLength(150),
			ImportColumn.optional("dien_thoai", "Điện thoại").maxLength(20),
			ImportColumn.optional("dia_chi", "Địa chỉ").maxLength(300));

	private static final Map<String, String> COLUMN_OF_FIELD = Map.of("classification", "phan_loai", "unit",
			"ma_don_vi", "subject", "ma_can_bo", "subjectName", "ho_ten_can_bo", "subjectPosition", "chuc_vu_can_bo",
			"content", "noi_dung", "anonymous", "an_danh", "reporter.name", "ho_ten_nguoi_gui", "reporter.phone",
			"dien_thoai", "reporter.address", "dia_chi");

	private final ReportValidation validation;

	private final ReportIntake intake;

	private final OrgStructure structure;

	private final JdbcClient jdbc;

	CitizenReportImport(ReportValidation validation, ReportIntake intake, OrgStructure structure, JdbcClient jdbc) {
		this.validation = validation;
		this.intake = intake;
		this.structure = structure;
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "citizen-reports";
	}

	@Override
	public String titleKey() {
		return "citizenreports.import.title";
	}

	@Override
	public ImportColumns columns() {
		return COLUMNS;
	}

	@Override
	public Set<Role> allowedRoles() {
		return EnumSet.of(Role.FRONT_OFFICER);
	}

	@Override
	public ImportOutcome run(ImportSource source, AccessScope scope) {
		Handler handler = new Handler(scope);
		new TwoPassImport().run(source, COLUMNS, handler, 200);
		return new ImportOutcome(name(), handler.created, 0);
	}

	record Parsed(String code, NewReport report, ReportValidation.Valid valid) {
	}

	private final class Handler implements ImportHandler<Parsed> {

		private final AccessScope scope;

		private final UniqueKeys codes = new UniqueKeys();

		int created;

		Handler(AccessScope scope) {
			this.scope = scope;
		}

		@Override
		public Parsed parse(ImportRow row, ImportErrors errors) {
			String code = Fields.required(row, "ma", errors);
			boolean anonymous = "CO".equals(Fields.code(row, "an_danh", List.of("CO", "KHONG"), errors));
			NewReport report = new NewReport(row.get("phan_loai"), row.get("ma_don_vi"), row.get("ma_can_bo"),
					row.get("ho_ten_can_bo"), row.get("chuc_vu_can_bo"), row.get("noi_dung"), anonymous,
					new Reporter(row.get("ho_ten_nguoi_gui"), row.get("dien_thoai"), row.get("dia_chi")), List.of(),
					Channel.IMPORT);
			try {
				ReportValidation.Valid v = validation.check(report);
				if (!scope.coversUnit(v.unit().id())) {
					errors.add(row.row(), "ma_don_vi", "imports.error.outOfScope");
				}
				return new Parsed(code, report, v);
			}
			catch (UserInputException ex) {
				ex.problems()
					.forEach(p -> errors.add(row.row(), COLUMN_OF_FIELD.getOrDefault(p.field(), "ma"), p.code(),
							p.args()));
				return null;
			}
		}

		@Override
		public void check(ImportRow row, Parsed value, ImportErrors errors) {
			codes.add(row, "ma", errors);
		}

		@Override
		public void write(List<Parsed> batch) {
			for (Parsed p : batch) {
				boolean exists = jdbc.sql("select exists (select 1 from citizen_report where import_code = ?)")
					.param(p.code())
					.query(Boolean.class)
					.single();
				if (!exists) {
					intake.receiveImported(p.valid(), p.report(), scope.username(), p.code());
					created++;
				}
			}
		}

	}

}
