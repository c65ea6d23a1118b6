package vn.giamsat.residence;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.giamsat.identity.AccountManagement;
import vn.giamsat.platform.security.Role;
import vn.giamsat.residence.internal.CampaignService;
import vn.giamsat.residence.internal.ReplyService;
import vn.giamsat.residence.internal.RequestRow;
import vn.giamsat.residence.internal.RequestStore;
import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.giamsat.residence.ResidenceFixtures.as;
import static vn.giamsat.residence.ResidenceFixtures.run;

/**
 * The request form and the returned comment, downloaded as PDF and DOCX and read back
 * with PDFBox and POI; the campaign's status as XLSX. Year 2039 belongs to this class.
 */
@IntegrationTest
class ResidenceDocumentsTest {

	static final String SCRIPT = "<script>alert('x')</script>";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CampaignService campaigns;

	@Autowired
	ReplyService replies;

	@Autowired
	RequestStore requests;

	long campaign;

	RequestRow request;

	@BeforeEach
	void returnedComment() throws Exception {
		ResidenceFixtures.ensure(mvc, jdbc, accounts);
		campaign = jdbc.sql("""
				select c.id from residence_campaign c join organisation o on o.id = c.organisation_id
				where o.code = 'LB-QU' and c.year = 2039""").query(Long.class).optional().orElseGet(this::roundTrip);
		request = requests.ofCampaign(campaign)
			.stream()
			.filter(r -> r.personCode().equals(ResidenceFixtures.DG_T01_MEMBER))
			.findFirst()
			.orElseThrow();
	}

	long roundTrip() {
		long id = as(Personas.PARTY_COMMITTEE, Role.PARTY_COMMITTEE_OFFICER, () -> {
			long c = campaigns.create(2039, null, List.of());
			campaigns.addMember(c, ResidenceFixtures.DG_T01_MEMBER, "Điều động về cơ quan Quận ủy");
			campaigns.send(c);
			return c;
		});
		long r = requests.ofCampaign(id)
			.stream()
			.filter(x -> x.personCode().equals(ResidenceFixtures.DG_T01_MEMBER))
			.findFirst()
			.orElseThrow()
			.id();
		run(Personas.FRONT_WORK_COMMITTEE, Role.FRONT_WORK_COMMITTEE, () -> {
			replies.saveOpinion(r, version(r), ResidenceWorkflowTest.opinion(OpinionAuthor.FRONT_COMMITTEE_HEAD,
					"Tham gia họp tổ dân phố đầy đủ"));
			replies.saveOpinion(r, version(r),
					ResidenceWorkflowTest.opinion(OpinionAuthor.GROUP_HEAD, "Gia đình chấp hành tốt quy ước"));
		});
		run(Personas.PARTY_CELL, Role.PARTY_CELL_OFFICER, () -> replies.returnComment(r, version(r),
				"Đồng chí Lê Bá Vinh gương mẫu nơi cư trú. " + SCRIPT, Rating.GOOD));
		return id;
	}

	int version(long id) {
		return requests.request(id).orElseThrow().version();
	}

	@Test
	void requestFormPdfAndDocxNameTheCellTheMemberAndTheDueDate() throws Exception {
		String pdf = pdfText(download("/residence/requests/" + request.id() + "/phieu-de-nghi.pdf"));
		String docx = docxText(download("/residence/requests/" + request.id() + "/phieu-de-nghi.docx"));
		for (String text : List.of(pdf, docx)) {
			String flat = text.replaceAll("\\s+", " ");
			assertThat(flat).contains("ĐẢNG CỘNG SẢN VIỆT NAM")
				.contains("PHIẾU ĐỀ NGHỊ")
				.contains("Chi ủy Chi bộ tổ dân phố số 1, phường Đức Giang")
				.contains("Lê Bá Vinh")
				.contains("30/11/2039")
				.contains("QUẬN ỦY LONG BIÊN");
		}
	}

	@Test
	void returnedCommentPdfAndDocxCarryOpinionsCommentAndRatingWithScriptAsPlainText() throws Exception {
		String pdf = pdfText(download("/residence/requests/" + request.id() + "/nhan-xet.pdf"));
		String docx = docxText(download("/residence/requests/" + request.id() + "/nhan-xet.docx"));
		for (String text : List.of(pdf, docx)) {
			String flat = text.replaceAll("\\s+", " ");
			assertThat(flat).contains("BẢN NHẬN XÉT")
				.contains("Trưởng Ban công tác Mặt trận")
				.contains("Tổ trưởng tổ dân phố (nhập thay)")
				.contains("Tham gia họp tổ dân phố đầy đủ")
				.contains("Đồng chí Lê Bá Vinh gương mẫu nơi cư trú.")
				.contains(SCRIPT)
				.contains("Xếp loại: Thực hiện tốt")
				.contains("BÍ THƯ");
		}
	}

	@Test
	void commentDocumentIsNotFoundBeforeTheCommentIsReturned() throws Exception {
		long pending = jdbc.sql("""
				select r.id from residence_request r join person p on p.id = r.person_id
				join residence_campaign c on c.id = r.campaign_id where p.code = ? and c.year = 2026""")
			.param(ResidenceFixtures.DG_T01_MEMBER)
			.query(Long.class)
			.single();
		mvc.perform(get("/residence/requests/" + pending + "/nhan-xet.pdf").with(As.page(Personas.PARTY_COMMITTEE)))
			.andExpect(status().isNotFound());
	}

	@Test
	void campaignStatusXlsxHasOneRowPerMemberWithStateAndRating() throws Exception {
		byte[] xlsx = mvc
			.perform(
					get("/residence/campaigns/" + campaign + "/tinh-hinh.xlsx").with(As.page(Personas.PARTY_COMMITTEE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			StringBuilder all = new StringBuilder();
			sheet.forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('|')));
			assertThat(all.toString()).contains("Nhận xét đảng viên nơi cư trú năm 2039")
				.contains("Lê Bá Vinh|")
				.contains("Đã nhận xét|")
				.contains("Thực hiện tốt|")
				.contains("Bổ sung: Điều động về cơ quan Quận ủy")
				.contains("Đã gửi, chờ nhận xét|");
			long memberRows = requests.ofCampaign(campaign).size();
			assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo((int) memberRows);
		}
	}

	byte[] download(String path) throws Exception {
		return mvc.perform(get(path).with(As.page(Personas.PARTY_COMMITTEE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	static String pdfText(byte[] pdf) throws Exception {
		try (var doc = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(doc);
		}
	}

	static String docxText(byte[] docx) throws Exception {
		try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var extractor = new XWPFWordExtractor(doc)) {
			return extractor.getText();
		}
	}

}
