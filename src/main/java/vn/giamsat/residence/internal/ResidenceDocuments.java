package vn.giamsat.residence.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.orgs.OrganisationView;
import vn.giamsat.platform.documents.Block;
import vn.giamsat.platform.documents.DocxRenderer;
import vn.giamsat.platform.documents.Motto;
import vn.giamsat.platform.documents.OfficialDocument;
import vn.giamsat.platform.documents.PdfRenderer;
import vn.giamsat.platform.web.Messages;

/**
 * The two paper forms of Regulation 213 in the Party's document layout: the workplace
 * organisation's request to the residence cell, and the cell's comment back (with the
 * group leaders' opinions it rests on). Texts are printed as typed, never interpreted.
 */
@Component
public class ResidenceDocuments {

	private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final Locale VI = Locale.forLanguageTag("vi");

	private final OrgStructure structure;

	private final OpinionStore opinions;

	private final Messages messages;

	private final PdfRenderer pdf;

	private final DocxRenderer docx;

	ResidenceDocuments(OrgStructure structure, OpinionStore opinions, Messages messages, PdfRenderer pdf,
			DocxRenderer docx) {
		this.structure = structure;
		this.opinions = opinions;
		this.messages = messages;
		this.pdf = pdf;
		this.docx = docx;
	}

	public byte[] requestPdf(RequestRow r) {
		return pdf.render(requestForm(r));
	}

	public byte[] requestDocx(RequestRow r) {
		return docx.render(requestForm(r));
	}

	public byte[] commentPdf(RequestRow r) {
		return pdf.render(commentForm(r));
	}

	public byte[] commentDocx(RequestRow r) {
		return docx.render(commentForm(r));
	}

	OfficialDocument requestForm(RequestRow r) {
		OrganisationView org = structure.organisation(r.campaignOrganisationId()).orElseThrow();
		LocalDate date = r.sentAt() == null ? r.dueDate().withDayOfMonth(1)
				: r.sentAt().atZoneSameInstant(VN).toLocalDate();
		return OfficialDocument.builder()
			.issuer(parentName(org), upper(org.name()))
			.motto(new Motto("ĐẢNG CỘNG SẢN VIỆT NAM", null))
			.placeAndDate(place(org), date)
			.typeAndTitle("PHIẾU ĐỀ NGHỊ",
					"Nhận xét đảng viên đang công tác thường xuyên giữ mối liên hệ với "
							+ "chi ủy, tổ chức đảng và Nhân dân nơi cư trú năm " + r.year())
			.add(Block.paragraph("Kính gửi: Chi ủy " + r.residenceCellName(), Block.Emphasis.CENTERED_BOLD),
					Block.paragraph("Thực hiện Quy định số 213-QĐ/TW ngày 02/01/2020 của Bộ Chính trị, " + org.name()
							+ " đề nghị chi ủy nhận xét đồng chí đảng viên sau đây:"),
					Block.table(List.of("Nội dung", "Thông tin"),
							List.of(List.of("Họ và tên", r.fullName()), List.of("Mã hồ sơ", r.personCode()),
									List.of("Chức vụ", nz(r.position())),
									List.of("Nơi công tác", nz(r.workplaceName())),
									List.of("Nơi cư trú", r.residenceGroupName())))
						.withColumnWeights(2, 5),
					Block
						.paragraph("Nội dung nhận xét: việc tham gia sinh hoạt, hội họp nơi cư trú; tính gương mẫu của "
								+ "bản thân và gia đình; việc chấp hành quy tắc ứng xử, quy ước nơi cư trú; việc tham gia "
								+ "các phong trào của địa phương. Chi ủy tham khảo ý kiến của Trưởng Ban công tác Mặt trận "
								+ "và Tổ trưởng tổ dân phố trước khi nhận xét."),
					Block.paragraph(
							"Đề nghị chi ủy gửi lại bản nhận xét trước ngày "
									+ r.dueDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
									+ " để phục vụ kiểm điểm, đánh giá, xếp loại đảng viên cuối năm.",
							Block.Emphasis.ITALIC))
			.recipients("Như kính gửi;", "Lưu.")
			.signature("T/M " + upper(org.name()), "", "")
			.build();
	}

	OfficialDocument commentForm(RequestRow r) {
		OrganisationView cell = structure.organisation(r.residenceCellId()).orElseThrow();
		List<Block> body = new ArrayList<>();
		body.add(Block.paragraph("Kính gửi: " + r.campaignOrganisationName(), Block.Emphasis.CENTERED_BOLD));
		body.add(Block.paragraph("Chi ủy " + cell.name() + " nhận xét đồng chí " + r.fullName() + ", "
				+ nz(r.position()) + ", " + nz(r.workplaceName()) + ", cư trú tại " + r.residenceGroupName() + " năm "
				+ r.year() + " như sau:"));
		body.add(Block.heading(1, "I. Ý KIẾN CỦA BAN CÔNG TÁC MẶT TRẬN VÀ TỔ TRƯỞNG TỔ DÂN PHỐ"));
		List<List<String>> rows = new ArrayList<>();
		for (OpinionRow o : opinions.of(r.id())) {
			rows.add(List.of(vi(o.author().messageKey()) + (o.onBehalf() ? " (" + vi("residence.onBehalf") + ")" : ""),
					vi(o.attendance().messageKey()), vi(o.example().messageKey()), vi(o.conduct().messageKey()),
					vi(o.movements().messageKey()), o.content()));
		}
		body.add(Block
			.table(List.of("Người cho ý kiến", "Sinh hoạt nơi cư trú", "Gương mẫu", "Quy tắc ứng xử",
					"Phong trào địa phương", "Ý kiến"), rows)
			.withColumnWeights(3, 2, 2, 2, 2, 5));
		body.add(Block.heading(1, "II. NHẬN XÉT CỦA CHI ỦY"));
		body.add(Block.paragraph(r.comment() == null ? "(chưa có)" : r.comment()));
		body.add(Block.paragraph("Xếp loại: " + (r.rating() == null ? "(chưa có)" : vi(r.rating().messageKey())),
				Block.Emphasis.BOLD));
		if (r.late()) {
			body.add(Block.paragraph(vi("residence.lateNote"), Block.Emphasis.ITALIC));
		}
		LocalDate date = r.returnedAt() == null ? LocalDate.now(VN)
				: r.returnedAt().atZoneSameInstant(VN).toLocalDate();
		return OfficialDocument.builder()
			.issuer(parentName(cell), "CHI BỘ " + upper(cell.name().replaceFirst("(?iu)^chi bộ\\s+", "")))
			.motto(new Motto("ĐẢNG CỘNG SẢN VIỆT NAM", null))
			.placeAndDate(place(cell), date)
			.typeAndTitle("BẢN NHẬN XÉT",
					"Đảng viên đang công tác thường xuyên giữ mối liên hệ với chi ủy, tổ chức đảng "
							+ "và Nhân dân nơi cư trú năm " + r.year())
			.add(body.toArray(Block[]::new))
			.recipients(r.campaignOrganisationName() + ";", "Lưu chi bộ.")
			.signature("T/M CHI ỦY", "BÍ THƯ", "")
			.build();
	}

	private String parentName(OrganisationView org) {
		return org.parentId() == null ? "ĐẢNG BỘ"
				: structure.organisation(org.parentId()).map(p -> upper(p.name())).orElse("ĐẢNG BỘ");
	}

	private String place(OrganisationView org) {
		return structure.path(org.unitId())
			.stream()
			.filter(u -> u.level() == vn.giamsat.orgs.AdminLevel.CITY)
			.findFirst()
			.map(u -> u.name().replaceFirst("^(Thành phố|Tỉnh) ", ""))
			.orElse("");
	}

	private String vi(String key) {
		return messages.vi(key);
	}

	private static String upper(String s) {
		return s.toUpperCase(VI);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
