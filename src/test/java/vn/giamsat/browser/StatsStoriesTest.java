package vn.giamsat.browser;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.giamsat.stats.StatsTestData;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city leader reads the article's three years for a district, follows a figure to the
 * records it counts; a district officer checks coverage. Accessible on desktop and phone.
 */
@IntegrationTest
class StatsStoriesTest extends BrowserSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void leaderReadsTheDistrictTableAndFollowsAFigureToTheRecordsItCounts() throws Exception {
		StatsTestData.loadArticle(mvc, jdbc);
		signIn(Personas.LEADER);
		useViewport(DESKTOP);
		open("/stats?unit=TKC&from=01/01/2018&to=31/12/2020");
		assertThat(pageText()).contains("527").contains("212").contains("Mỗi lượt giám sát tính 1 lần");
		assertAccessible("statistics");
		screenshot("stats-desktop");
		find("a[href*='kind=records'][href*='level=QUAN_HUYEN'][href*='type=MTTQ']").click();
		waiting().until(d -> path().equals("/stats/list"));
		assertThat(pageText()).contains("212 dòng");
		assertAccessible("statistics drill-down");
		useViewport(MOBILE);
		open("/stats?unit=TKC&from=01/01/2018&to=31/12/2020");
		assertAccessible("statistics on a phone");
		assertNoHorizontalOverflow();
		screenshot("stats-mobile");
		useViewport(new org.openqa.selenium.Dimension(1280, 2200));
		open("/stats?unit=TKC&from=01/01/2018&to=31/12/2020");
		screenshot("stats-full");
		useViewport(DESKTOP);
	}

	@Test
	void districtOfficerSeesCoverageGaps() {
		signIn(Personas.FRONT_LONG_BIEN);
		open("/stats/coverage?unit=HN-LB&year=2019");
		assertThat(pageText()).contains("Độ phủ giám sát").contains("phân công năm 2019");
		assertAccessible("coverage");
		screenshot("stats-coverage");
	}

}
