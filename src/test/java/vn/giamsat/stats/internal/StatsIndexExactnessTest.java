package vn.giamsat.stats.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.giamsat.orgs.LineageManagement;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.Role;
import vn.giamsat.stats.StatsImports;
import vn.giamsat.stats.StatsReport;
import vn.giamsat.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics are counted from an in-memory index kept up to date from a log of
 * changes (ADR 0010). These tests write to the tables at random — inserts, deletes,
 * updates of every counted column, opinions gaining and losing people, cascades, imports
 * — and after each committed batch insist that the index's report equals, figure for
 * figure, the same report counted by SQL straight from the tables, for the city, a
 * district, a ward, a residential group and a new ward, over random periods.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatsIndexExactnessTest {

	static final AccessScope SYSTEM = new AccessScope("system", Role.SYSTEM_ADMIN, true, Set.of(), null, null, null);

	static final List<String> UNITS = List.of("HN", "TKX", "TKX-P1", "TKX-P1-T01", "TKX-N1");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	LineageManagement lineage;

	@Autowired
	StatsArea areas;

	@Autowired
	CountQueries queries;

	@Autowired
	FactIndex index;

	@Autowired
	ChartQueries charts;

	@Autowired
	DrillDown lists;

	@Autowired
	FactLoader loader;

	@Autowired
	FactChanges changes;

	List<Long> organisations;

	List<Long> people;

	List<String> criteria;

	@BeforeAll
	void district() throws Exception {
		StatsImports imports = new StatsImports(mvc);
		imports.district("TKX", 12);
		lineage.link(SYSTEM, "TKX-P1", "TKX-N1", BigDecimal.ONE, "thử", LocalDate.of(2025, 7, 1));
		organisations = jdbc.sql("select id from organisation where code like 'TKX-%' order by id")
			.query(Long.class)
			.list();
		people = jdbc.sql("select id from person where code like 'TKX-CB-%' order by id").query(Long.class).list();
		criteria = jdbc.sql("select code from criterion order by code limit 5").query(String.class).list();
	}

	@Test
	void randomWritesLeaveTheIndexEqualToTheTablesAfterEveryCommit() {
		Random random = new Random(20261128);
		for (int batch = 0; batch < 25; batch++) {
			int writes = 1 + random.nextInt(12);
			for (int i = 0; i < writes; i++) {
				randomWrite(random, batch * 100 + i);
			}
			assertIndexEqualsTables(random);
		}
		assertThat(jdbc
			.sql("select count(*) from supervision_record r join organisation o on o.id = r.organisation_id"
					+ " where o.code like 'TKX-%'")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void changesAreAppliedIncrementallyNotByReloadingTheTables() {
		FactSnapshot before = index.current();
		insertRecord(organisations.get(0), people.get(0), LocalDate.of(2010, 3, 3), "TKX-INC-1");
		insertOpinion(organisations.get(1), LocalDate.of(2010, 4, 4), "TKX-INC-O1", people.subList(0, 3));
		jdbc.sql("delete from opinion_person where opinion_id = (select id from opinion where code = 'TKX-INC-O1')"
				+ " and person_id = ?")
			.param(people.get(2))
			.update();
		long epoch = changes.epoch().value();
		assertThat(epoch).isGreaterThan(before.epoch());

		FactSnapshot applied = changes.apply(before, epoch).orElseThrow();
		FactSnapshot loaded = loader.load();
		assertThat(applied.epoch()).isEqualTo(loaded.epoch());
		for (String unit : UNITS) {
			var cells = cellsOf(unit);
			LocalDate from = LocalDate.of(2009, 1, 1);
			LocalDate to = LocalDate.of(2026, 12, 31);
			assertThat(applied.count(cells, from, to)).usingRecursiveComparison()
				.isEqualTo(loaded.count(cells, from, to));
		}
	}

	@Test
	void commitsAreSeenInCommitOrderEvenWhenTheyStartedTheOtherWay() throws Exception {
		try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
			first.setAutoCommit(false);
			second.setAutoCommit(false);
			insert(first, organisations.get(2), people.get(3), LocalDate.of(2011, 1, 5), "TKX-ORD-1");
			insert(second, organisations.get(3), people.get(4), LocalDate.of(2011, 1, 6), "TKX-ORD-2");
			second.commit();
			assertIndexEqualsTables(LocalDate.of(2011, 1, 1), LocalDate.of(2011, 1, 31));
			first.commit();
			assertIndexEqualsTables(LocalDate.of(2011, 1, 1), LocalDate.of(2011, 1, 31));
			StatsReport district = report("TKX", LocalDate.of(2011, 1, 1), LocalDate.of(2011, 1, 31));
			assertThat(district.records()).isGreaterThanOrEqualTo(2);
		}
	}

	@Test
	void aRolledBackWriteNeverCounts() throws Exception {
		StatsReport before = report("TKX", LocalDate.of(2012, 2, 1), LocalDate.of(2012, 2, 29));
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			insert(c, organisations.get(0), people.get(5), LocalDate.of(2012, 2, 10), "TKX-RB-1");
			c.rollback();
		}
		assertThat(report("TKX", LocalDate.of(2012, 2, 1), LocalDate.of(2012, 2, 29))).isEqualTo(before);
		assertIndexEqualsTables(LocalDate.of(2012, 2, 1), LocalDate.of(2012, 2, 29));
	}

	@Test
	void anIndexLeftBehindPrunedChangesReloadsTheTables() {
		FactIndex asleep = new FactIndex(loader, changes);
		asleep.current();
		insertRecord(organisations.get(4), people.get(6), LocalDate.of(2010, 9, 9), "TKX-PRUNE-1");
		jdbc.sql("update stats_commit set committed_at = now() - interval '3 days'").update();
		new StatsChangePruning(jdbc).prune();
		assertThat(jdbc.sql("select count(*) from stats_commit").query(Long.class).single()).isZero();
		insertRecord(organisations.get(4), people.get(7), LocalDate.of(2010, 9, 10), "TKX-PRUNE-2");

		FactSnapshot caughtUp = asleep.current();
		FactSnapshot loaded = loader.load();
		var cells = cellsOf("TKX");
		LocalDate from = LocalDate.of(2010, 9, 1);
		LocalDate to = LocalDate.of(2010, 9, 30);
		assertThat(caughtUp.count(cells, from, to)).usingRecursiveComparison().isEqualTo(loaded.count(cells, from, to));
		assertThat(caughtUp.count(cells, from, to).records().get("*|*")[0]).isGreaterThanOrEqualTo(2);
	}

	@Test
	void aNewOrganisationOrLineageLinkJoinsTheAreaAtOnceThoughAreasAreReused() throws Exception {
		StatsArea.Area before = areas.resolve("TKX", SYSTEM);
		assertThat(areas.resolve("TKX", SYSTEM)).as("reused while nothing changed").isSameAs(before);
		new StatsImports(mvc).ok("organisations", StatsImports.ORGS + "TKX-ND,Hội Nông dân quận thử,NONG_DAN,TKX,\n");
		StatsArea.Area after = areas.resolve("TKX", SYSTEM);
		long farmers = jdbc.sql("select id from organisation where code = 'TKX-ND'").query(Long.class).single();
		assertThat(after.cellOfOrganisation()).containsKey(farmers).hasSize(before.cellOfOrganisation().size() + 1);

		new StatsImports(mvc).ok("units", StatsImports.UNITS + "TKX-N2,Phường mới thử 2,PHUONG_XA,HN,2025-07-01,\n");
		lineage.link(SYSTEM, "TKX-P1", "TKX-N2", new BigDecimal("0.5"), "thử", LocalDate.of(2025, 7, 1));
		assertThat(areas.resolve("TKX", SYSTEM).unitIds()).hasSize(after.unitIds().size() + 1);
	}

	private void randomWrite(Random random, int n) {
		long org = organisations.get(random.nextInt(organisations.size()));
		long person = people.get(random.nextInt(people.size()));
		LocalDate day = randomDay(random);
		switch (random.nextInt(12)) {
			case 0, 1, 2 -> insertRecord(org, person, day, "TKX-RND-R" + n);
			case 9 -> jdbc.sql("insert into supervision_record_criterion (record_id, criterion_code) select r.id, ?"
					+ " from supervision_record r where r.code like 'TKX-RND-R%' order by md5(r.code || ?) limit 1"
					+ " on conflict do nothing")
				.params(criteria.get(random.nextInt(criteria.size())), n)
				.update();
			case 10 -> jdbc.sql("delete from supervision_record_criterion where (record_id, criterion_code) = (select"
					+ " c.record_id, c.criterion_code from supervision_record_criterion c join supervision_record r"
					+ " on r.id = c.record_id where r.code like 'TKX-RND-R%' order by md5(r.code || c.criterion_code || ?)"
					+ " limit 1)")
				.param(n)
				.update();
			case 11 -> jdbc
				.sql("update supervision_record set finding = ? where id = (select r.id from"
						+ " supervision_record r where r.code like 'TKX-RND-R%' order by md5(r.code || ?) limit 1)")
				.params(List.of("GOOD", "NOTE", "CONCERN", "SIGN_OF_VIOLATION").get(random.nextInt(4)), n)
				.update();
			case 3 -> jdbc.sql("delete from supervision_record where id = (select r.id from supervision_record r"
					+ " where r.code like 'TKX-RND-R%' order by md5(r.code || ?) limit 1)")
				.param(n)
				.update();
			case 4 -> jdbc.sql("update supervision_record set record_date = ?, organisation_id = ?, person_id = ?"
					+ " where id = (select r.id from supervision_record r where r.code like 'TKX-RND-R%'"
					+ " order by md5(r.code || ?) limit 1)")
				.params(day, org, person, n)
				.update();
			case 5 -> insertOpinion(org, day, "TKX-RND-O" + n,
					people.subList(random.nextInt(4), 4 + random.nextInt(people.size() - 4)));
			case 6 -> jdbc
				.sql("delete from opinion_person where (opinion_id, person_id) = (select p.opinion_id,"
						+ " p.person_id from opinion_person p join opinion o on o.id = p.opinion_id"
						+ " where o.code like 'TKX-RND-O%' order by md5(o.code || p.person_id || ?) limit 1)")
				.param(n)
				.update();
			case 7 -> jdbc.sql("delete from opinion where id = (select o.id from opinion o"
					+ " where o.code like 'TKX-RND-O%' order by md5(o.code || ?) limit 1)")
				.param(n)
				.update();
			default -> jdbc
				.sql("update opinion set opinion_date = ?, organisation_id = ? where id = (select o.id"
						+ " from opinion o where o.code like 'TKX-RND-O%' order by md5(o.code || ?) limit 1)")
				.params(day, org, n)
				.update();
		}
	}

	private static LocalDate randomDay(Random random) {
		// the old district's years and the new ward's, and the day of the 2025 cut
		return switch (random.nextInt(3)) {
			case 0 -> LocalDate.of(2009, 12, 1).plusDays(random.nextInt(800));
			case 1 -> LocalDate.of(2025, 6, 30).plusDays(random.nextInt(2));
			default -> LocalDate.of(2025, 7, 1).plusDays(random.nextInt(400));
		};
	}

	private void insertRecord(long org, long person, LocalDate day, String code) {
		long id = jdbc
			.sql("""
					insert into supervision_record (code, record_date, organisation_id, person_id, method, finding,
					  created_by, created_at) values (?, ?, ?, ?, 'DAILY_OBSERVATION', 'GOOD', 'test', now()) returning id""")
			.params(code, day, org, person)
			.query(Long.class)
			.single();
		// most records name a criterion or two, as the chart counts them
		for (int i = 0; i < (int) (id % 3); i++) {
			jdbc.sql("insert into supervision_record_criterion (record_id, criterion_code) values (?, ?)")
				.params(id, criteria.get((int) ((id + i) % criteria.size())))
				.update();
		}
	}

	private void insertOpinion(long org, LocalDate day, String code, List<Long> concerned) {
		long id = jdbc.sql("""
				insert into opinion (code, opinion_date, organisation_id, kind, topic, content, created_by, created_at)
				values (?, ?, ?, 'SUGGESTION', 'OTHER', 'Ý kiến thử', 'test', now()) returning id""")
			.params(code, day, org)
			.query(Long.class)
			.single();
		for (Long person : concerned) {
			jdbc.sql("insert into opinion_person (opinion_id, person_id) values (?, ?)").params(id, person).update();
		}
	}

	private static void insert(Connection c, long org, long person, LocalDate day, String code) throws Exception {
		try (PreparedStatement s = c.prepareStatement("""
				insert into supervision_record (code, record_date, organisation_id, person_id, method, finding,
				  created_by, created_at) values (?, ?, ?, ?, 'DAILY_OBSERVATION', 'GOOD', 'test', now())""")) {
			s.setString(1, code);
			s.setObject(2, day);
			s.setLong(3, org);
			s.setLong(4, person);
			s.executeUpdate();
		}
	}

	private void assertIndexEqualsTables(Random random) {
		for (String unit : UNITS) {
			LocalDate from = LocalDate.of(2009, 11, 1).plusDays(random.nextInt(6000));
			LocalDate to = from.plusDays(random.nextInt(900));
			assertIndexEqualsTables(unit, from, to);
			assertIndexEqualsTables(unit, LocalDate.of(2009, 1, 1), LocalDate.of(2026, 12, 31));
		}
	}

	private void assertIndexEqualsTables(LocalDate from, LocalDate to) {
		UNITS.forEach(unit -> assertIndexEqualsTables(unit, from, to));
	}

	private void assertIndexEqualsTables(String unit, LocalDate from, LocalDate to) {
		StatsArea.Area area = areas.resolve(unit, SYSTEM);
		assertThat(queries.report(unit, area.cellOfOrganisation(), from, to)).as("%s %s … %s", unit, from, to)
			.isEqualTo(queries.reportFromTables(unit, area.organisationIds(), from, to));
		assertThat(charts.recordsPerMonth(area, from, to)).as("chart %s %s … %s", unit, from, to)
			.isEqualTo(charts.recordsPerMonthFromTables(area.organisationIds(), from, to));
		assertThat(charts.findingsByCriterion(area, from, to)).as("findings %s %s … %s", unit, from, to)
			.isEqualTo(charts.findingsByCriterionFromTables(area.organisationIds(), from, to));
		for (String[] cell : new String[][] { { null, null }, { "QUAN_HUYEN", null }, { "QUAN_HUYEN", "MTTQ" },
				{ null, "BAN_CONG_TAC_MAT_TRAN" } }) {
			vn.giamsat.stats.StatsFilter filter = new vn.giamsat.stats.StatsFilter(from, to, unit, cell[0], cell[1]);
			for (DrillDown.Kind kind : List.of(DrillDown.Kind.PEOPLE, DrillDown.Kind.RECORDS)) {
				assertThat(lists.page(kind, area, filter, 0, 500))
					.as("%s %s %s/%s %s … %s", kind, unit, cell[0], cell[1], from, to)
					.isEqualTo(lists.pageFromTables(kind, area.organisationIds(), filter, 0, 500));
			}
		}
	}

	private StatsReport report(String unit, LocalDate from, LocalDate to) {
		return queries.report(unit, areas.resolve(unit, SYSTEM).cellOfOrganisation(), from, to);
	}

	private java.util.Map<Long, String> cellsOf(String unit) {
		return areas.resolve(unit, SYSTEM).cellOfOrganisation();
	}

}
