package vn.giamsat.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.giamsat.identity.AccountDraft;
import vn.giamsat.identity.AccountManagement;
import vn.giamsat.orgs.LineageManagement;
import vn.giamsat.platform.demo.DemoSeed;
import vn.giamsat.platform.imports.ImportService;
import vn.giamsat.platform.imports.ImportSource;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.Role;

/**
 * Loads the Long Biên demo once, through the same imports an officer uses, under a
 * database lock so that two instances starting together load it once. After the base data
 * (units, organisations, lineage, people, accounts) every module's {@link DemoSeed} runs
 * in its order, in the same transaction; on later starts a seed that reports its data
 * {@linkplain DemoSeed#missing() missing} (the current year's supervision after New Year)
 * runs alone. Never active in the production profile ({@code giamsat.demo=false} there,
 * and ProductionGuard refuses {@code true}).
 */
@Component
@ConditionalOnProperty(name = "giamsat.demo", havingValue = "true")
class DemoDataLoader implements SmartInitializingSingleton {

	static final long SEED = 20260101L;

	static final String DEMO_PASSWORD = "Demo@2026giamsat";

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private static final AccessScope SYSTEM = new AccessScope("system", Role.SYSTEM_ADMIN, true, Set.of(), null, null,
			null);

	private final ImportService imports;

	private final LineageManagement lineage;

	private final AccountManagement accounts;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final List<DemoSeed> seeds;

	DemoDataLoader(ImportService imports, LineageManagement lineage, AccountManagement accounts, JdbcClient jdbc,
			TransactionTemplate transactions, List<DemoSeed> seeds) {
		this.seeds = seeds.stream().sorted(Comparator.comparingInt(DemoSeed::order)).toList();
		this.imports = imports;
		this.lineage = lineage;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/**
	 * Before the web server accepts requests, so that "healthy" means "demo data loaded".
	 */
	@Override
	public void afterSingletonsInstantiated() {
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("select pg_advisory_xact_lock(?)").param(0x64656d6fL).query(Object.class).single();
			if (jdbc.sql("select count(*) from admin_unit where code = 'HN-LB'").query(Long.class).single() > 0) {
				seeds.stream().filter(DemoSeed::missing).forEach(DemoSeed::seed);
				return;
			}
			long start = System.nanoTime();
			VietnameseNameGenerator random = new VietnameseNameGenerator(SEED);
			DemoStructure structure = new DemoStructure(random);
			load("units", structure.units);
			load("organisations", structure.organisations);
			DemoStructure.LINEAGE.forEach((old, successors) -> successors.forEach(
					s -> lineage.link(SYSTEM, old, s, null, DemoStructure.LEGAL_REFERENCE, LocalDate.of(2025, 7, 1))));
			DemoPeople people = new DemoPeople(structure, random);
			load("people", people.people);
			createAccounts();
			seeds.forEach(DemoSeed::seed);
			log.info("Đã nạp dữ liệu mẫu Long Biên: {} đơn vị, {} tổ chức, {} người ({} ms)", structure.units.rows(),
					structure.organisations.rows(), people.people.rows(), (System.nanoTime() - start) / 1_000_000);
		});
	}

	private void load(String dataset, Csv csv) {
		Path file = csv.write("giamsat-demo-" + dataset);
		try (ImportSource source = ImportSource.ofFile(file, dataset + ".csv")) {
			imports.dataset(dataset).orElseThrow().run(source, SYSTEM);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ignored) {
				// a temp file left behind is harmless
			}
		}
	}

	/** One account per role, on realistic organisations (listed in the README). */
	static final List<String[]> ACCOUNTS = List.of(
			new String[] { "mttq.longbien", "Trần Thị Hồng Nhung", "FRONT_OFFICER", "LB-MTTQ", "" },
			new String[] { "hoiphunu.longbien", "Lê Thị Mai", "MEMBER_ORG_OFFICER", "LB-PN", "" },
			new String[] { "bctmt.ducgiang.t01", "Phạm Văn Hải", "FRONT_WORK_COMMITTEE", "LB-DG-T01-BCTMT", "" },
			new String[] { "tuyengiao.longbien", "Đỗ Minh Tuấn", "PROPAGANDA_OFFICER", "LB-BTG", "" },
			new String[] { "quanuy.longbien", "Vũ Thị Lan", "PARTY_COMMITTEE_OFFICER", "LB-QU", "" },
			new String[] { "chibo.ducgiang.t01", "Hoàng Văn Bình", "PARTY_CELL_OFFICER", "LB-DG-T01-CB", "" },
			new String[] { "canbo.demo", DemoPeople.PERSONA_NAME, "CADRE", "LB-PNV", DemoPeople.PERSONA_CODE },
			new String[] { "lanhdao.hanoi", "Ngô Quang Huy", "LEADER", "HN-MTTQ", "" },
			new String[] { "mttq.viethung", "Bùi Thị Thu Trang", "FRONT_OFFICER", "P-VH-MTTQ", "" },
			// bctmt.ducgiang.t01's group ended on 30/06/2025 with its ward; it keeps the
			// history (residence comments, people of the old group). This committee is
			// valid today, so citizens' reports can be entered for its group.
			new String[] { "bctmt.viethung.t01", "Đặng Thị Thanh Hương", "FRONT_WORK_COMMITTEE", "P-VH-T01-BCTMT",
					"" });

	private void createAccounts() {
		for (String[] a : ACCOUNTS) {
			accounts.createDemoAccount(new AccountDraft(a[0], a[1], Role.valueOf(a[2]), a[3], a[4], null,
					LocalDate.of(2018, 1, 1), null, true), DEMO_PASSWORD);
		}
	}

}
