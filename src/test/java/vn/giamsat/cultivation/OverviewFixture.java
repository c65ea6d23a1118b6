package vn.giamsat.cultivation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.giamsat.shared.text.VietnameseNames;
import vn.giamsat.shared.text.VietnameseText;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Hand-made data for the overview pages, created once per JVM: a party committee
 * ({@value #COMMITTEE}) managing eight people in two agencies, each person's plan of
 * {@value #YEAR} in a different state, two near-identical plans (Bình and Cúc), Dũng's
 * plan copied from his own plan of the year before, a second committee with its own
 * officer and person, and accounts for both committees' officers (password as the demo
 * personas).
 */
public final class OverviewFixture {

	public static final int YEAR = 2031;

	static final String COMMITTEE = "TCP-QU";

	static final String OTHER_COMMITTEE = "TCP-QU2";

	public static final String OFFICER = "tcp.quanuy";

	static final String OTHER_OFFICER = "tcp.quanuy2";

	static final String SHARED_1 = "Hoàn thành số hóa toàn bộ hồ sơ đất đai tồn đọng của phường Đức Giang trước ngày 30 tháng 9";

	static final String SHARED_2 = "Tổ chức hai buổi đối thoại với nhân dân tổ dân phố số 5 về giải phóng mặt bằng đường Ngô Gia Tự";

	static final String SHARED_3 = "Đọc và viết thu hoạch ba cuốn sách về chuyển đổi số trong cơ quan nhà nước";

	static final String OWN_BINH = "Tự học tiếng Anh giao tiếp mỗi tuần hai buổi tại trung tâm ngoại ngữ quận";

	private OverviewFixture() {
	}

	static RequestPostProcessor officer() {
		return user(OFFICER).roles("PARTY_COMMITTEE_OFFICER");
	}

	static RequestPostProcessor otherOfficer() {
		return user(OTHER_OFFICER).roles("PARTY_COMMITTEE_OFFICER");
	}

	public static synchronized void ensure(JdbcClient jdbc) {
		if (id(jdbc, "organisation", COMMITTEE) != null) {
			return;
		}
		long district = id(jdbc, "admin_unit", "HN-LB");
		long ducGiang = id(jdbc, "admin_unit", "HN-LB-DG");
		long giaThuy = id(jdbc, "admin_unit", "HN-LB-GT");
		long committee = org(jdbc, COMMITTEE, "Đảng ủy Khối thử nghiệm tổng hợp", "PARTY_COMMITTEE", district);
		long other = org(jdbc, OTHER_COMMITTEE, "Đảng ủy Khối thử nghiệm khác", "PARTY_COMMITTEE", district);
		long agency1 = org(jdbc, "TCP-CQ1", "Ban Quản lý thử nghiệm Đức Giang", "AGENCY", ducGiang);
		long agency2 = org(jdbc, "TCP-CQ2", "Ban Quản lý thử nghiệm Gia Thụy", "AGENCY", giaThuy);
		account(jdbc, OFFICER, committee);
		account(jdbc, OTHER_OFFICER, other);
		long binh = person(jdbc, "TCP-01", "Trần Văn Bình", agency1, committee);
		long cuc = person(jdbc, "TCP-02", "Lê Thị Cúc", agency1, committee);
		long dung = person(jdbc, "TCP-03", "Phạm Văn Dũng", agency2, committee);
		long en = person(jdbc, "TCP-04", "Hoàng Thị Én", agency2, committee);
		person(jdbc, "TCP-05", "Vũ Văn Giang", agency2, committee);
		long ha = person(jdbc, "TCP-06", "Đỗ Thị Hà", agency1, committee);
		long khoa = person(jdbc, "TCP-07", "Ngô Văn Khoa", agency1, committee);
		long lan = person(jdbc, "TCP-08", "Bùi Thị Lan", agency2, committee);
		long outsider = person(jdbc, "TCP-09", "Mai Văn Minh", agency1, other);
		OffsetDateTime at = OffsetDateTime.of(YEAR, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(7));
		plan(jdbc, binh, YEAR, "SUBMITTED", at, false, false, List.of(SHARED_1, SHARED_2, SHARED_3, OWN_BINH));
		plan(jdbc, cuc, YEAR, "APPROVED", at, false, false, List.of(SHARED_1, SHARED_2, SHARED_3));
		plan(jdbc, dung, YEAR, "POSTED", at, true, false,
				List.of("Trực tiếp tiếp công dân tại trụ sở phường vào sáng thứ năm hằng tuần",
						"Giải quyết dứt điểm mười hai đơn thư tồn đọng về tranh chấp ranh giới đất ở",
						"Tham gia đầy đủ mười hai buổi sinh hoạt chi bộ nơi cư trú tại tổ dân phố số 7"));
		plan(jdbc, dung, YEAR - 1, "APPROVED", at.minusYears(1), true, false,
				List.of("Trực tiếp tiếp công dân tại trụ sở phường vào sáng thứ năm hằng tuần",
						"Giải quyết dứt điểm mười hai đơn thư tồn đọng về tranh chấp ranh giới đất ở",
						"Tham gia đầy đủ mười hai buổi sinh hoạt chi bộ nơi cư trú tại tổ dân phố số 7"));
		plan(jdbc, en, YEAR, "RETURNED", at, false, false,
				List.of("Sửa đổi lề lối làm việc của bộ phận một cửa theo góp ý của nhân dân"));
		plan(jdbc, ha, YEAR, "DRAFT", null, false, false, List.of("Viết báo cáo chuyên đề về cải cách hành chính"));
		long withdrawn = plan(jdbc, khoa, YEAR, "WITHDRAWN", at, true, false,
				List.of("Kiểm tra mười hồ sơ cấp phép xây dựng mỗi quý"));
		jdbc.sql("update cultivation_plan set withdrawn_at = ? where id = ?")
			.params(at.plusMonths(2), withdrawn)
			.update();
		plan(jdbc, lan, YEAR, "SELF_ASSESSED", at, true, true,
				List.of("Vận động hai mươi hộ gia đình tham gia phân loại rác tại nguồn"));
		plan(jdbc, outsider, YEAR, "SUBMITTED", at, false, false, List.of(SHARED_1, SHARED_2, SHARED_3));
	}

	public static Long id(JdbcClient jdbc, String table, String code) {
		return jdbc.sql("select id from " + table + " where code = ?")
			.param(code)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	public static long planOf(JdbcClient jdbc, String personCode, int year) {
		return jdbc.sql(
				"select c.id from cultivation_plan c join person p on p.id = c.person_id where p.code = ? and c.year = ?")
			.params(personCode, year)
			.query(Long.class)
			.single();
	}

	private static long org(JdbcClient jdbc, String code, String name, String type, long unit) {
		return jdbc.sql("""
				insert into organisation (code, name, name_folded, type, unit_id, valid_from)
				values (?, ?, ?, ?, ?, date '2015-01-01') returning id""")
			.params(code, name, VietnameseText.fold(name), type, unit)
			.query(Long.class)
			.single();
	}

	private static void account(JdbcClient jdbc, String username, long organisation) {
		jdbc.sql(
				"""
						insert into user_account (username, display_name, password_hash, role, organisation_id, valid_from, created_at)
						select ?, ?, password_hash, 'PARTY_COMMITTEE_OFFICER', ?, date '2015-01-01', now()
						from user_account where username = 'quanuy.longbien'""")
			.params(username, "Cán bộ " + username, organisation)
			.update();
	}

	private static long person(JdbcClient jdbc, String code, String name, long workplace, long committee) {
		return jdbc.sql("""
				insert into person (code, full_name, name_folded, sort_key, gender, party_member, position_title,
				  workplace_id, managing_committee_id, category)
				values (?, ?, ?, ?, 'MALE', true, 'Chuyên viên', ?, ?, 'CADRE_PARTY_MEMBER') returning id""")
			.params(code, name, VietnameseText.fold(name), VietnameseNames.sortKey(name), workplace, committee)
			.query(Long.class)
			.single();
	}

	private static long plan(JdbcClient jdbc, long person, int year, String status, OffsetDateTime submitted,
			boolean published, boolean selfAssessed, List<String> commitments) {
		long id = jdbc.sql("""
				insert into cultivation_plan (person_id, year, status, weaknesses, entered_by, submitted_at,
				  published_at, self_assessed_at)
				values (?, ?, ?, 'Còn chậm đổi mới', 'test', ?, ?, ?) returning id""")
			.params(person, year, status, submitted, published ? submitted.plusMonths(1) : null,
					selfAssessed ? submitted.plusMonths(9) : null)
			.query(Long.class)
			.single();
		int position = 0;
		for (String action : commitments) {
			jdbc.sql("""
					insert into cultivation_commitment (plan_id, position, area, action, measure)
					values (?, ?, 'WORK', ?, '')""").params(id, ++position, action).update();
		}
		return id;
	}

}
