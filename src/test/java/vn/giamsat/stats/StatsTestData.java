package vn.giamsat.stats;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Entry for tests in other packages (browser stories) to the statistics test data. */
public final class StatsTestData {

	private StatsTestData() {
	}

	/** The article's dataset (district TKC, 2018–2020), loaded once per JVM. */
	public static void loadArticle(MockMvc mvc, JdbcClient jdbc) throws Exception {
		ArticleDataset.load(new StatsImports(mvc), jdbc);
	}

}
