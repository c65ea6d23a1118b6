package vn.giamsat.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.giamsat.cultivation.OverviewFixture;
import vn.giamsat.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A party committee officer follows the plans of the committee: completeness counts, who
 * is overdue, which plans look copied and the two plans side by side; on a desktop and on
 * a phone, each page accessible.
 */
@IntegrationTest
class CultivationOverviewStoriesTest extends BrowserSupport {

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void data() {
		OverviewFixture.ensure(jdbc);
	}

	@Test
	void theCommitteeOfficerReadsCountsOverdueListsAndACopySuspectSideBySide() {
		signIn(OverviewFixture.OFFICER);
		open("/cultivation/plans?year=" + OverviewFixture.YEAR);
		waitForText("main h1", "năm 2031");
		assertThat(find("#counts-committee").getText()).contains("Đảng ủy Khối thử nghiệm tổng hợp");
		assertThat(find("#plan-rows").getText()).contains("Vũ Văn Giang", "Chưa có kế hoạch");
		assertAccessible("plans in my scope");
		screenshot("cultivation-plans-desktop");

		open("/cultivation/overdue?year=2004");
		assertThat(find("#overdue-rows").getText()).contains("Trần Văn Bình", "Chưa nộp");
		assertAccessible("overdue");
		screenshot("cultivation-overdue-desktop");

		open("/cultivation/deadlines?year=" + OverviewFixture.YEAR);
		assertAccessible("deadlines form");
		screenshot("cultivation-deadlines-desktop");

		open("/cultivation/copies?year=" + OverviewFixture.YEAR);
		assertThat(find("#copy-pairs").getText()).contains("Trần Văn Bình", "Lê Thị Cúc");
		assertAccessible("copy suspects");
		screenshot("cultivation-copies-desktop");
		findAll("#copy-pairs a").stream()
			.filter(a -> a.getText().contains("Trần Văn Bình") && a.getText().contains("Lê Thị Cúc"))
			.findFirst()
			.orElseThrow()
			.click();
		waitForText("main h1", "So sánh hai kế hoạch");
		assertThat(findAll("#compare-table mark")).isNotEmpty();
		assertAccessible("comparison");
		screenshot("cultivation-compare-desktop");
	}

	@Test
	void theOverviewPagesFitAPhone() {
		useViewport(MOBILE);
		signIn(OverviewFixture.OFFICER);
		for (String[] page : new String[][] { { "/cultivation/plans?year=2031", "cultivation-plans-mobile" },
				{ "/cultivation/overdue?year=2004", "cultivation-overdue-mobile" },
				{ "/cultivation/copies?year=2031", "cultivation-copies-mobile" } }) {
			open(page[0]);
			assertAccessible(page[1]);
			assertNoHorizontalOverflow();
			screenshot(page[1]);
		}
		long a = OverviewFixture.planOf(jdbc, "TCP-01", OverviewFixture.YEAR);
		long b = OverviewFixture.planOf(jdbc, "TCP-02", OverviewFixture.YEAR);
		open("/cultivation/copies/" + a + "/" + b);
		assertAccessible("comparison on a phone");
		assertNoHorizontalOverflow();
		screenshot("cultivation-compare-mobile");
	}

}
