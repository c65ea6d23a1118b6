package vn.giamsat.stats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.giamsat.orgs.LineageManagement;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.Role;
import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The counting rules of DOMAIN.md §3 on hand-made data imported into a district of its
 * own (TKA, year 2010): a record is one lượt, a person supervised twice counts once, an
 * opinion on three people is one opinion and three people commented; and the 2025 lineage
 * in both directions.
 */
@IntegrationTest
class StatsCountingRulesTest {

	static final AccessScope SYSTEM = new AccessScope("system", Role.SYSTEM_ADMIN, true, Set.of(), null, null, null);

	@Autowired
	MockMvc mvc;

	@Autowired
	LineageManagement lineage;

	@Autowired
	vn.giamsat.stats.internal.ChartQueries charts;

	@Autowired
	vn.giamsat.stats.internal.StatsArea areas;

	@BeforeEach
	void data() throws Exception {
		StatsImports imports = new StatsImports(mvc);
		imports.district("TKA", 6);
		lineage.link(SYSTEM, "TKA-P1", "TKA-N1", BigDecimal.ONE, "thử", LocalDate.of(2025, 7, 1));
		imports.ok("supervision-records",
				StatsImports.RECORDS
						+ "TKA-R1,2010-03-01,TKA-MTTQ,TKA-CB-1;TKA-CB-2,THEO_DOI_HANG_NGAY,QD522-01;QD522-02,TOT,\n"
						+ "TKA-R2,15/04/2010,TKA-MTTQ,TKA-CB-1,TRAO_DOI_TRUC_TIEP,,LUU_Y,Nhắc nhở\n"
						+ "TKA-R3,2010-05-01,TKA-PN,TKA-CB-3,KIEM_TRA_CAM_KET,QD522-03,TOT,\n"
						+ "TKA-R4,2010-06-01,TKA-P1-T01-BCTMT,TKA-CB-4,THEO_DOI_HANG_NGAY,,DANG_QUAN_NGAI,\n"
						+ "TKA-R5,2026-01-10,TKA-N1-MTTQ,TKA-CB-5,HOAT_DONG,,TOT,\n");
		imports.ok("opinions", StatsImports.OPINIONS
				+ "TKA-O1,2010-07-01,TKA-MTTQ,TKA-CB-1;TKA-CB-2;TKA-CB-3,GOP_Y,PHUONG_PHAP_HIEU_QUA,Cần sát dân hơn\n"
				+ "TKA-O2,2010-08-01,TKA-P1-MTTQ,TKA-CB-5,BIEU_DUONG,QUY_TAC_UNG_XU,Gương mẫu\n");
	}

	ResultActions stats(String query, String persona) throws Exception {
		return mvc.perform(get("/api/v1/stats/supervision?" + query).with(As.api(persona)));
	}

	@Test
	void oneOpinionOnThreePeopleCountsOnceAndThreePeopleCommented() throws Exception {
		stats("from=2010-01-01&to=2010-12-31&unit=TKA", Personas.ADMIN).andExpect(status().isOk())
			.andExpect(jsonPath("$.opinions").value(2))
			.andExpect(jsonPath("$.byLevel[?(@.level=='QUAN_HUYEN')].opinions").value(1))
			.andExpect(jsonPath("$.byLevel[?(@.level=='QUAN_HUYEN')].peopleCommented").value(3))
			.andExpect(jsonPath("$.byLevel[?(@.level=='PHUONG_XA')].opinions").value(1))
			.andExpect(jsonPath("$.byLevel[?(@.level=='PHUONG_XA')].peopleCommented").value(1));
	}

	@Test
	void aPersonSupervisedTwiceCountsOnceButEachRecordIsOneInstance() throws Exception {
		stats("from=2010-01-01&to=2010-12-31&unit=TKA", Personas.ADMIN).andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value("2010-01-01"))
			.andExpect(jsonPath("$.unit").value("TKA"))
			.andExpect(jsonPath("$.records").value(5))
			.andExpect(jsonPath("$.byLevel[?(@.level=='QUAN_HUYEN')].records").value(4))
			.andExpect(jsonPath("$.byLevel[?(@.level=='QUAN_HUYEN')].peopleSupervised").value(3))
			.andExpect(jsonPath("$.byOrganisationType[?(@.type=='MTTQ' && @.level=='QUAN_HUYEN')].records").value(3))
			.andExpect(jsonPath("$.byOrganisationType[?(@.type=='MTTQ' && @.level=='QUAN_HUYEN')].peopleSupervised")
				.value(2))
			.andExpect(jsonPath("$.byOrganisationType[?(@.type=='PHU_NU' && @.level=='QUAN_HUYEN')].records").value(1));
	}

	@Test
	void findingsByCriterionCountEachRecordOncePerCriterionMostUsedFirst() {
		var bars = charts.findingsByCriterion(areas.resolve("TKA", SYSTEM), LocalDate.of(2010, 1, 1),
				LocalDate.of(2010, 12, 31));
		// TKA-R1 names two people: two records, each with QD522-01 and QD522-02; TKA-R3
		// has QD522-03
		assertThat(bars.keySet()).containsExactly("QD522-01", "QD522-02", "QD522-03");
		assertThat(bars.get("QD522-01")).containsExactly(org.assertj.core.api.Assertions.entry("GOOD", 2L));
		assertThat(bars.get("QD522-03")).containsExactly(org.assertj.core.api.Assertions.entry("GOOD", 1L));
	}

	@Test
	void residentialGroupFrontWorkCommitteeCountsAtResidentialGroupLevel() throws Exception {
		stats("from=2010-01-01&to=2010-12-31&unit=TKA", Personas.ADMIN)
			.andExpect(jsonPath("$.byLevel[?(@.level=='TO_DAN_PHO')].records").value(1))
			.andExpect(jsonPath(
					"$.byOrganisationType[?(@.type=='BAN_CONG_TAC_MAT_TRAN' && @.level=='TO_DAN_PHO')].records")
				.value(1));
	}

	@Test
	void newWardAskedBefore2025CountsItsPredecessorsOrganisations() throws Exception {
		stats("from=2010-01-01&to=2010-12-31&unit=TKA-N1", Personas.ADMIN).andExpect(status().isOk())
			.andExpect(jsonPath("$.records").value(1)) // TKA-R4 of the old ward's group
			.andExpect(jsonPath("$.opinions").value(1)); // TKA-O2 of the old ward's Front
	}

	@Test
	void oldDistrictAskedAfter2025CountsItsSuccessorsOrganisations() throws Exception {
		stats("from=2025-07-01&to=2026-06-30&unit=TKA", Personas.ADMIN).andExpect(status().isOk())
			.andExpect(jsonPath("$.records").value(1)) // TKA-R5 of the new ward's Front
			.andExpect(jsonPath("$.byLevel[?(@.level=='PHUONG_XA')].records").value(1));
	}

	@Test
	void aPeriodOutsideTheDataCountsNothing() throws Exception {
		stats("from=2011-01-01&to=2011-12-31&unit=TKA", Personas.ADMIN).andExpect(status().isOk())
			.andExpect(jsonPath("$.records").value(0))
			.andExpect(jsonPath("$.opinions").value(0))
			.andExpect(jsonPath("$.byLevel.length()").value(3));
	}

}
