package vn.giamsat.cultivation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giamsat.cultivation.internal.checks.Area;
import vn.giamsat.platform.demo.DemoSeed;

/**
 * Demo plans of the current year for forty district cadres: most approved and published
 * (so that the public pages of their residential groups are not empty), some waiting for
 * the committee, some returned, and two near-copies for the comparison page. The persona
 * {@code canbo.demo} is left without a plan: the README's story starts there.
 */
@Component
public class DemoCultivationSeed implements DemoSeed {

	private static final String[][] COMMITMENTS = {
			{ "POLITICAL_STUDY", "Viết thu hoạch %d chuyên đề học tập và làm theo tư tưởng Hồ Chí Minh",
					"%d bài thu hoạch nộp chi bộ", "11-30" },
			{ "WORK", "Giải quyết đúng hạn 100%% hồ sơ hành chính được giao, không để quá hạn quá %d ngày",
					"Báo cáo tháng của phòng không có hồ sơ trễ hạn", "12-15" },
			{ "ETHICS_LIFESTYLE", "Không sử dụng xe công vào việc riêng; công khai %d lần lịch tiếp công dân",
					"Lịch tiếp dân đăng trên cổng thông tin", "12-31" },
			{ "RESIDENCE", "Dự ít nhất %d buổi sinh hoạt tổ dân phố và 1 buổi sinh hoạt chi bộ nơi cư trú",
					"Sổ theo dõi của tổ trưởng ghi đủ số buổi", "12-20" },
			{ "WORK", "Hoàn thành số hóa %d bộ hồ sơ lưu trữ của đơn vị", "Biên bản nghiệm thu số hóa", "09-30" } };

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoCultivationSeed(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public int order() {
		return CULTIVATION;
	}

	/** This year's plans of forty district cadres in every state. */
	@Override
	public void seed() {
		seed(LocalDate.now(this.clock).getYear(), OffsetDateTime.now(this.clock));
	}

	public void seed(int year, OffsetDateTime now) {
		List<Long> people = jdbc.sql("""
				select p.id from person p join organisation m on m.id = p.managing_committee_id
				where m.code = 'LB-QU' and p.code like 'LB-CB-%' order by p.code offset 40 limit 40""")
			.query(Long.class)
			.list();
		for (int i = 0; i < people.size(); i++) {
			String status = i < 30 ? "POSTED" : i < 36 ? "SUBMITTED" : "RETURNED";
			long plan = jdbc.sql("""
					insert into cultivation_plan (person_id, year, status, weaknesses, entered_by, submitted_at,
					decided_at, decided_by, return_reason, specificity_score, published_at)
					values (?, ?, ?, ?, 'demo', ?, ?, ?, ?, ?, ?) returning id""")
				.params(people.get(i), year, status,
						i % 7 == 0 ? "" : "Còn ngại va chạm khi góp ý đồng chí, đồng nghiệp", now,
						"SUBMITTED".equals(status) ? null : now, "SUBMITTED".equals(status) ? null : "quanuy.longbien",
						"RETURNED".equals(status) ? "Kế hoạch còn chung chung, chưa có thời hạn và kết quả cụ thể"
								: null,
						80, "POSTED".equals(status) ? now : null)
				.query(Long.class)
				.single();
			// the last two published plans are near-copies of the first: the comparison
			// page has something to show
			int variant = i >= 28 && i < 30 ? 0 : i;
			for (int k = 0; k < 3; k++) {
				String[] c = COMMITMENTS[(variant + k) % COMMITMENTS.length];
				String md = c[3];
				jdbc.sql(
						"""
								insert into cultivation_commitment (plan_id, position, area, action, measure, deadline, criteria)
								values (?, ?, ?, ?, ?, ?, '')""")
					.params(plan, k + 1, Area.valueOf(c[0]).name(), c[1].formatted(2 + (variant + k) % 4),
							c[2].formatted(2 + (variant + k) % 4), LocalDate.parse(year + "-" + md))
					.update();
			}
		}
	}

}
