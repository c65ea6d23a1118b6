package vn.giamsat.citizenreports.internal;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.giamsat.citizenreports.Classification;
import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.orgs.OrganisationView;
import vn.giamsat.platform.documents.Block;
import vn.giamsat.platform.documents.Motto;
import vn.giamsat.platform.documents.OfficialDocument;
import vn.giamsat.platform.documents.PdfRenderer;

/**
 * The official letter (công văn) that transfers a denunciation or complaint to the
 * competent body. It quotes the content but never names the reporter: the receiving body
 * asks the Front for the identity through official channels if the law requires it.
 */
@Component
class TransferLetter {

	private final OrgStructure structure;

	private final PdfRenderer pdf;

	TransferLetter(OrgStructure structure, PdfRenderer pdf) {
		this.structure = structure;
		this.pdf = pdf;
	}

	byte[] pdf(ReportRow r, Classification classification, String competentBody, LocalDate day) {
		OrganisationView front = structure.organisation(r.receivingOrgId()).orElseThrow();
		String kind = classification == Classification.DENUNCIATION ? "tố cáo" : "khiếu nại";
		String place = structure.unit(front.unitId())
			.map(u -> u.name().replaceFirst("^(Quận|Phường|Thành phố|Xã|Huyện) ", ""))
			.orElse("");
		OfficialDocument doc = OfficialDocument.builder()
			.issuer("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", front.name().toUpperCase(java.util.Locale.forLanguageTag("vi")))
			.motto(Motto.NATIONAL)
			.number("      /CV-MTTQ")
			.placeAndDate(place, day)
			.typeAndTitle("CÔNG VĂN", "V/v chuyển đơn " + kind + " đến cơ quan có thẩm quyền")
			.add(Block.paragraph("Kính gửi: " + competentBody),
					Block.paragraph("Ngày "
							+ day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ", "
							+ front.name() + " nhận được đơn " + kind + " (số tiếp nhận " + r.id() + ") liên quan đến "
							+ (r.subjectLabel().isBlank() ? "cán bộ, đảng viên" : r.subjectLabel()) + "."),
					Block.paragraph("Nội dung đơn: " + r.content()),
					Block.paragraph(
							"Căn cứ Luật Tố cáo năm 2018 và Luật Khiếu nại năm 2011, nội dung đơn không thuộc thẩm "
									+ "quyền giải quyết của Mặt trận Tổ quốc. " + front.name()
									+ " chuyển đơn đến quý cơ quan để "
									+ "xem xét, giải quyết theo quy định của pháp luật và thông báo kết quả cho Mặt trận."))
			.recipients("Như trên;", "Người gửi đơn (để biết);", "Lưu: VT.")
			.signature("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "")
			.build();
		return pdf.render(doc);
	}

}
