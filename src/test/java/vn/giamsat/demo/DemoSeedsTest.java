package vn.giamsat.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.giamsat.platform.demo.DemoSeed;
import vn.giamsat.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo module loads the base data and then every module's {@link DemoSeed}, in order,
 * without knowing the modules; a later start loads nothing twice.
 */
@IntegrationTest
class DemoSeedsTest {

	@Autowired
	List<DemoSeed> seeds;

	@Autowired
	DemoDataLoader loader;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void eachModuleContributesItsSeedInTheOrderThatTheirDataNeeds() {
		assertThat(seeds).extracting(s -> s.getClass().getPackageName())
			.contains("vn.giamsat.plans.internal", "vn.giamsat.cultivation.internal", "vn.giamsat.residence.internal",
					"vn.giamsat.supervision.internal");
		assertThat(seeds.stream().map(DemoSeed::order).distinct().count()).isEqualTo(seeds.size());
		assertThat(List.of(DemoSeed.PLANS, DemoSeed.CULTIVATION, DemoSeed.RESIDENCE, DemoSeed.SUPERVISION)).isSorted();
	}

	@Test
	void everySeedsDataIsThereAfterStartAndASecondStartLoadsNothingAgain() {
		int year = LocalDate.now(clock).getYear();
		long[] before = counts(year);
		assertThat(before[0]).as("closed 2019 plan and this year's plan").isGreaterThanOrEqualTo(2);
		assertThat(before[1]).as("this year's demo self-cultivation plans").isEqualTo(40);
		assertThat(before[2]).as("the 2026 residence campaign").isPositive();
		assertThat(before[3]).as("this year's supervision records").isPositive();
		assertThat(seeds).noneMatch(DemoSeed::missing);
		loader.afterSingletonsInstantiated();
		assertThat(counts(year)).containsExactly(before);
	}

	private long[] counts(int year) {
		return new long[] { count("""
				select count(*) from supervision_plan p join organisation o on o.id = p.owner_id
				where o.code = 'LB-MTTQ' and p.number in ('05/KH-MTTQ-BTT', '03/KH-MTTQ-BTT')"""),
				count("select count(*) from cultivation_plan where entered_by = 'demo' and year = " + year),
				count("select count(*) from residence_campaign where year = 2026"),
				count("select count(*) from supervision_record where extract(year from record_date) = " + year) };
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
