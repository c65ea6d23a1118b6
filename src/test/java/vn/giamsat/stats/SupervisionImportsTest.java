package vn.giamsat.stats;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The {@code supervision-records} and {@code opinions} imports: all or nothing with every
 * error by row and column, idempotent by code (also for rows naming several people),
 * refused for roles and organisations outside the importer's scope.
 */
@IntegrationTest
class SupervisionImportsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	StatsImports imports;

	@BeforeEach
	void data() throws Exception {
		imports = new StatsImports(mvc);
		imports.district("TKB", 4);
	}

	long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void aRowWithSeveralPeopleMakesOneRecordEachAndReimportUpdatesWithoutDuplicating() throws Exception {
		String csv = StatsImports.RECORDS
				+ "TKB-R1,2011-03-01,TKB-MTTQ,TKB-CB-1;TKB-CB-2;TKB-CB-3,theo dõi hằng ngày,QD522-01,TOT,\n";
		imports.upload("supervision-records", csv, Personas.ADMIN)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dataset").value("supervision-records"))
			.andExpect(jsonPath("$.created").value(3))
			.andExpect(jsonPath("$.updated").value(0));
		imports.upload("supervision-records", csv, Personas.ADMIN)
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(3));
		assertThat(count("select count(*) from supervision_record where code like 'TKB-R1#%'")).isEqualTo(3);
		assertThat(count("""
				select count(*) from supervision_record_criterion c join supervision_record r on r.id = c.record_id
				where r.code like 'TKB-R1#%'""")).isEqualTo(3);
		assertThat(count("select count(*) from supervision_record where code = 'TKB-R1#TKB-CB-1' and method = "
				+ "'DAILY_OBSERVATION' and finding = 'GOOD'"))
			.isEqualTo(1);
		// the row now names one person: the other two records go, none is duplicated
		imports.ok("supervision-records",
				StatsImports.RECORDS + "TKB-R1,2011-03-02,TKB-MTTQ,TKB-CB-2,TRAO_DOI_TRUC_TIEP,,LUU_Y,\n");
		assertThat(count("select count(*) from supervision_record where split_part(code, '#', 1) = 'TKB-R1'"))
			.isEqualTo(1);
	}

	@Test
	void anOpinionConcernsEveryListedPersonAndReimportKeepsOneOpinion() throws Exception {
		String csv = StatsImports.OPINIONS
				+ "TKB-O1,2011-04-01,TKB-MTTQ,TKB-CB-1;TKB-CB-2,PHE_BINH,QUY_TAC_UNG_XU,\"Đi muộn, về sớm\"\n";
		// TKB lies outside Long Biên: its officer is refused, row by row
		imports.upload("opinions", csv, Personas.FRONT_LONG_BIEN)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("ma_don_vi_dau_moi"));
		imports.upload("opinions", csv, Personas.ADMIN)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1));
		imports.upload("opinions", csv.replace("TKB-CB-1;TKB-CB-2", "TKB-CB-2;TKB-CB-3"), Personas.ADMIN)
			.andExpect(jsonPath("$.updated").value(1));
		assertThat(count("select count(*) from opinion where code = 'TKB-O1' and kind = 'CRITICISM'"
				+ " and topic = 'CODE_OF_CONDUCT'"))
			.isEqualTo(1);
		assertThat(count("""
				select count(*) from opinion_person op join opinion o on o.id = op.opinion_id
				join person p on p.id = op.person_id where o.code = 'TKB-O1' and p.code in ('TKB-CB-2', 'TKB-CB-3')"""))
			.isEqualTo(2);
		assertThat(count("select count(*) from opinion_person op join opinion o on o.id = op.opinion_id"
				+ " where o.code = 'TKB-O1'"))
			.isEqualTo(2);
	}

	@Test
	void everyBadRowIsReportedWithRowAndColumnAndNothingIsWritten() throws Exception {
		String csv = StatsImports.RECORDS + "TKB-E1,2011-01-01,TKB-MTTQ,TKB-CB-1,THEO_DOI_HANG_NGAY,,TOT,\n"
				+ "TKB-E2,2099-01-01,KHONG-CO,TKB-CB-1;KHONG-CO-NGUOI,XEM_BOI,QD522-01;SAI-TC,TOT,\n"
				+ "TKB-E3,31/02/2011,TKB-MTTQ,,THEO_DOI_HANG_NGAY,,KEM,\n"
				+ "TKB-E1,2011-01-02,TKB-MTTQ,TKB-CB-2,THEO_DOI_HANG_NGAY,,TOT,\n";
		imports.upload("supervision-records", csv, Personas.ADMIN)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("lỗi")))
			.andExpect(jsonPath("$.errors[?(@.row==3 && @.field=='ngay')].message")
				.value(hasItem(containsString("tương lai"))))
			.andExpect(jsonPath("$.errors[?(@.row==3 && @.field=='ma_don_vi_dau_moi')].message")
				.value(hasItem(containsString("KHONG-CO"))))
			.andExpect(jsonPath("$.errors[?(@.row==3 && @.field=='ma_nguoi_duoc_giam_sat')].message")
				.value(hasItem(containsString("KHONG-CO-NGUOI"))))
			.andExpect(jsonPath("$.errors[?(@.row==3 && @.field=='hinh_thuc')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row==3 && @.field=='tieu_chi')].message")
				.value(hasItem(containsString("SAI-TC"))))
			.andExpect(jsonPath("$.errors[?(@.row==4 && @.field=='ngay')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row==4 && @.field=='ma_nguoi_duoc_giam_sat')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row==4 && @.field=='ket_qua')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row==5 && @.field=='ma')].message").value(hasItem(containsString("2"))));
		assertThat(count("select count(*) from supervision_record where code like 'TKB-E%'")).isZero();
	}

	@Test
	void wrongHeadersAndNonUtf8FilesAreRefusedInVietnamese() throws Exception {
		imports.upload("opinions", "ma,ngay,don_vi\nX,2011-01-01,Y\n", Personas.ADMIN)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].message").value(hasItem(containsString("Thiếu cột bắt buộc"))));
		byte[] latin = (StatsImports.OPINIONS + "TKB-W1,2011-01-01,TKB-MTTQ,TKB-CB-1,GOP_Y,KHAC,Góp ý\n")
			.getBytes(java.nio.charset.Charset.forName("windows-1258"));
		mvc.perform(multipart("/api/v1/imports/opinions")
			.file(new MockMultipartFile("file", "y-kien.csv", "text/csv", latin))
			.with(As.api(Personas.ADMIN)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].message").value(hasItem(containsString("UTF-8"))));
		assertThat(count("select count(*) from opinion where code = 'TKB-W1'")).isZero();
	}

	@Test
	void rolesWithoutSupervisionDataAndOrganisationsOutsideTheScopeAreRefused() throws Exception {
		String lb = StatsImports.RECORDS + "TKB-S1,2011-01-01,LB-MTTQ,LB-CB-001,THEO_DOI_HANG_NGAY,,TOT,\n";
		imports.upload("supervision-records", lb, Personas.WOMENS_UNION).andExpect(status().isForbidden());
		imports.upload("supervision-records", lb, Personas.PARTY_COMMITTEE).andExpect(status().isForbidden());
		imports.upload("supervision-records", lb, Personas.CADRE).andExpect(status().isForbidden());
		// a Front officer of the new Việt Hưng ward may not import for the district
		imports.upload("supervision-records", lb, Personas.FRONT_VIET_HUNG)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("ma_don_vi_dau_moi"));
		assertThat(count("select count(*) from supervision_record where code = 'TKB-S1'")).isZero();
		// the district's own officer may
		imports.upload("supervision-records", lb, Personas.FRONT_LONG_BIEN).andExpect(status().isOk());
		// and nobody out of scope may overwrite it by reusing its code
		imports
			.upload("supervision-records",
					StatsImports.RECORDS + "TKB-S1,2026-01-01,P-VH-MTTQ,LB-CB-001,THEO_DOI_HANG_NGAY,,TOT,\n",
					Personas.FRONT_VIET_HUNG)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("ma"));
		assertThat(count("select count(*) from supervision_record r join organisation o on o.id = r.organisation_id "
				+ "where r.code = 'TKB-S1' and o.code = 'LB-MTTQ'"))
			.isEqualTo(1);
	}

	@Test
	void theTemplatesAreOffered() throws Exception {
		mvc.perform(get("/api/v1/imports/supervision-records/template.xlsx").with(As.api(Personas.ADMIN)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/imports/opinions/template.xlsx").with(As.api(Personas.FRONT_LONG_BIEN)))
			.andExpect(status().isOk());
	}

}
