package vn.giamsat.citizenreports;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reports received on paper, imported all or nothing, never twice. */
@IntegrationTest
class CitizenReportImportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	ResultActions upload(String csv, String persona) throws Exception {
		return mvc.perform(multipart("/api/v1/imports/citizen-reports")
			.file(new MockMultipartFile("file", "phan-anh.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(As.api(persona)));
	}

	@Test
	void aHotlineLogIsImportedOnceAndABadFileWritesNothing() throws Exception {
		String csv = """
				Mã đơn,Phân loại,Mã phường/tổ dân phố,Họ tên cán bộ,Nội dung,Ẩn danh,Họ tên người gửi,Điện thoại,Địa chỉ
				DT-IMP-001,PHAN_ANH,HN-P-VH,Ông Tổ phó,Tổ phó hay to tiếng với dân,CO,,,
				DT-IMP-002,KIEN_NGHI,HN-P-VH-T02,Bà Tổ trưởng,Đề nghị công khai quỹ,KHONG,Phạm Văn Em,0987654321,Tổ 2
				""";
		upload(csv, Personas.FRONT_VIET_HUNG).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2));
		upload(csv, Personas.FRONT_VIET_HUNG).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(0));
		assertThat(jdbc
			.sql("select count(*) from citizen_report where import_code like 'DT-IMP-00%' and channel = 'IMPORT'")
			.query(Long.class)
			.single()).isEqualTo(2);
		String bad = """
				Mã đơn,Phân loại,Mã phường/tổ dân phố,Họ tên cán bộ,Nội dung,Ẩn danh
				DT-IMP-010,PHAN_ANH,HN-P-VH,Ông A,Nội dung hợp lệ,CO
				DT-IMP-011,TO_CAO,HN-P-VH,Ông B,Tố cáo không tên,CO
				""";
		upload(bad, Personas.FRONT_VIET_HUNG).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].field").value("an_danh"));
		assertThat(jdbc.sql("select count(*) from citizen_report where import_code = 'DT-IMP-010'")
			.query(Long.class)
			.single()).isZero();
		upload(bad, Personas.FRONT_WORK_COMMITTEE).andExpect(status().isForbidden());
	}

}
