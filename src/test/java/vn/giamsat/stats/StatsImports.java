package vn.giamsat.stats;

import java.nio.charset.StandardCharsets;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.giamsat.support.As;
import vn.giamsat.support.Personas;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Builds test data the way users do, through the contract's imports (CSV), so the
 * statistics are checked against data that went through the same validation.
 */
public final class StatsImports {

	public static final String UNITS = "ma,ten,cap,ma_don_vi_cha,hieu_luc_tu,hieu_luc_den\n";

	public static final String ORGS = "ma,ten,loai,ma_don_vi_hanh_chinh,ma_to_chuc_cha\n";

	public static final String PEOPLE = "ma,ho_ten,gioi_tinh,nam_sinh,dang_vien,chuc_vu,ma_noi_cong_tac,ma_noi_cu_tru,ma_cap_uy_quan_ly,nhom\n";

	public static final String RECORDS = "ma,ngay,ma_don_vi_dau_moi,ma_nguoi_duoc_giam_sat,hinh_thuc,tieu_chi,ket_qua,ghi_chu\n";

	public static final String OPINIONS = "ma,ngay,ma_don_vi_dau_moi,ma_nguoi_duoc_gop_y,loai,noi_dung_gop_y,noi_dung\n";

	private final MockMvc mvc;

	public StatsImports(MockMvc mvc) {
		this.mvc = mvc;
	}

	public ResultActions upload(String dataset, String csv, String persona) throws Exception {
		return mvc.perform(multipart("/api/v1/imports/" + dataset)
			.file(new MockMultipartFile("file", dataset + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(As.api(persona)));
	}

	/** Imports as the administrator and insists on success. */
	public void ok(String dataset, String csv) throws Exception {
		upload(dataset, csv, Personas.ADMIN).andExpect(status().isOk());
	}

	/**
	 * A small district of its own (codes {@code prefix}…) before 2025 with one ward and
	 * one residential group, a new ward replacing the old one from 1/7/2025, and
	 * {@code people} cadres {@code <prefix>-CB-1…}.
	 */
	public void district(String prefix, int people) throws Exception {
		ok("units",
				UNITS + prefix + ",Quận thử " + prefix + ",QUAN_HUYEN,HN,2000-01-01,2025-06-30\n" + prefix
						+ "-P1,Phường thử 1,PHUONG_XA," + prefix + ",2000-01-01,2025-06-30\n" + prefix
						+ "-P1-T01,Tổ dân phố 1,TO_DAN_PHO," + prefix + "-P1,2000-01-01,2025-06-30\n" + prefix
						+ "-N1,Phường mới thử,PHUONG_XA,HN,2025-07-01,\n");
		ok("organisations", ORGS + prefix + "-MTTQ,Ủy ban MTTQ quận thử,MTTQ," + prefix + ",\n" + prefix
				+ "-LDLD,Liên đoàn Lao động quận thử,CONG_DOAN," + prefix + ",\n" + prefix
				+ "-CCB,Hội Cựu chiến binh quận thử,CUU_CHIEN_BINH," + prefix + ",\n" + prefix
				+ "-PN,Hội Phụ nữ quận thử,PHU_NU," + prefix + ",\n" + prefix + "-DTN,Quận đoàn thử,DOAN_THANH_NIEN,"
				+ prefix + ",\n" + prefix + "-UBND,UBND quận thử,CO_QUAN," + prefix + ",\n" + prefix
				+ "-P1-MTTQ,Ủy ban MTTQ phường thử,MTTQ," + prefix + "-P1,\n" + prefix
				+ "-P1-T01-BCTMT,Ban công tác Mặt trận tổ 1,BAN_CONG_TAC_MAT_TRAN," + prefix + "-P1-T01,\n" + prefix
				+ "-N1-MTTQ,Ủy ban MTTQ phường mới thử,MTTQ," + prefix + "-N1,\n");
		StringBuilder csv = new StringBuilder(PEOPLE);
		for (int i = 1; i <= people; i++) {
			csv.append(prefix)
				.append("-CB-")
				.append(i)
				.append(",Nguyễn Văn Thử ")
				.append(i)
				.append(",NAM,1975,CO,Chuyên viên,")
				.append(prefix)
				.append("-UBND,,,CAN_BO_DANG_VIEN\n");
		}
		ok("people", csv.toString());
	}

}
