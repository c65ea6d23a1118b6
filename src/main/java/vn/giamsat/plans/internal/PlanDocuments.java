package vn.giamsat.plans.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.orgs.OrganisationView;
import vn.giamsat.platform.documents.Annex;
import vn.giamsat.platform.documents.Block;
import vn.giamsat.platform.documents.DocxRenderer;
import vn.giamsat.platform.documents.Motto;
import vn.giamsat.platform.documents.OfficialDocument;
import vn.giamsat.platform.documents.PdfRenderer;
import vn.giamsat.platform.exports.ExportColumn;
import vn.giamsat.platform.exports.XlsxExporter;

/**
 * The issued plan in the Vietnamese administrative layout (Decree 30/2020) with the
 * Front's own header, the assignment table as its annex; and the assignment table alone
 * as XLSX.
 */
@Component
public class PlanDocuments {

	private final PlanStore store;

	private final PlanExplanations explanations;

	private final OrgStructure structure;

	private final PdfRenderer pdf;

	private final DocxRenderer docx;

	PlanDocuments(PlanStore store, PlanExplanations explanations, OrgStructure structure, PdfRenderer pdf,
			DocxRenderer docx) {
		this.store = store;
		this.explanations = explanations;
		this.structure = structure;
		this.pdf = pdf;
		this.docx = docx;
	}

	public byte[] pdf(PlanRow plan) {
		return pdf.render(document(plan));
	}

	public byte[] docx(PlanRow plan) {
		return docx.render(document(plan));
	}

	public void xlsx(PlanRow plan, OutputStream out) throws IOException {
		List<AssignmentView> rows = explanations.explain(plan, null).rows();
		int[] n = { 0 };
		List<ExportColumn<AssignmentView>> columns = List.of(ExportColumn.integer("STT", a -> ++n[0]),
				ExportColumn.<AssignmentView>text("Đối tượng giám sát", AssignmentView::label).width(30),
				ExportColumn.<AssignmentView>text("Chức vụ", AssignmentView::position).width(35),
				ExportColumn.<AssignmentView>text("Cơ quan, đơn vị", AssignmentView::groupName).width(35),
				ExportColumn.<AssignmentView>text("Đơn vị đầu mối giám sát", AssignmentView::unitName).width(35),
				ExportColumn.text("Ghi chú", a -> a.pinned() ? "Chỉ định: " + a.reason() : ""));
		new XlsxExporter().export("Phân công", "Phân công đơn vị đầu mối giám sát năm " + plan.year(), columns, rows,
				out);
	}

	OfficialDocument document(PlanRow plan) {
		OrganisationView owner = structure.organisation(plan.ownerId()).orElseThrow();
		String parent = owner.parentId() == null ? "ỦY BAN MTTQ VIỆT NAM"
				: structure.organisation(owner.parentId()).map(o -> upper(o.name())).orElse("ỦY BAN MTTQ VIỆT NAM");
		String place = structure.unit(owner.unitId())
			.map(u -> u.name().replaceFirst("^(Quận|Phường|Thành phố|Xã|Huyện) ", ""))
			.orElse("");
		List<AssignmentView> rows = explanations.explain(plan, null).rows();
		List<FocalUnitRow> units = store.focalUnits(plan.id());
		Map<String, Long> perUnit = rows.stream()
			.filter(r -> r.unitName() != null)
			.collect(Collectors.groupingBy(AssignmentView::unitName, Collectors.counting()));
		List<Block> body = new ArrayList<>();
		body.add(Block.heading(1, "I. MỤC ĐÍCH, YÊU CẦU"));
		body.add(Block
			.paragraph("Phát huy vai trò của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và Nhân dân trong "
					+ "giám sát việc tu dưỡng, rèn luyện đạo đức, lối sống của cán bộ, đảng viên năm " + plan.year()
					+ "; mỗi đối tượng có đúng một đơn vị đầu mối giám sát, không trùng lặp, có hoán đổi so với các năm trước."));
		body.add(Block.heading(1, "II. CĂN CỨ"));
		body.add(Block.bullets(lines(plan.legalBases())));
		body.add(Block.heading(1, "III. NỘI DUNG GIÁM SÁT"));
		body.add(Block.bullets(lines(plan.contentItems())));
		List<String> criteria = store.criteria(plan.id());
		if (!criteria.isEmpty()) {
			body.add(Block.paragraph("Tiêu chí giám sát:"));
			body.add(Block.bullets(store.criterionOptions()
				.stream()
				.filter(c -> criteria.contains(c.code()))
				.map(c -> c.code() + ": " + c.text())
				.toArray(String[]::new)));
		}
		body.add(Block.heading(1, "IV. PHÂN CÔNG ĐƠN VỊ ĐẦU MỐI"));
		body.add(Block.paragraph("Tổng số " + rows.size() + " đối tượng giám sát được phân công cho " + units.size()
				+ " đơn vị đầu mối (chi tiết tại Phụ lục kèm theo):"));
		List<List<String>> summary = new ArrayList<>();
		int i = 0;
		for (FocalUnitRow u : units) {
			summary.add(List.of(String.valueOf(++i), u.name(), String.valueOf(perUnit.getOrDefault(u.name(), 0L))));
		}
		body.add(Block.table(List.of("STT", "Đơn vị đầu mối", "Số đối tượng"), summary).withColumnWeights(1, 6, 2));
		body.add(Block.heading(1, "V. TỔ CHỨC THỰC HIỆN"));
		body.add(Block.paragraph("Các đơn vị đầu mối xây dựng kế hoạch cụ thể, theo dõi thường xuyên, tổng hợp ý kiến "
				+ "góp ý và báo cáo kết quả về Ban Thường trực định kỳ 6 tháng, năm."));
		List<List<String>> annexRows = new ArrayList<>();
		int k = 0;
		for (AssignmentView a : rows) {
			annexRows
				.add(List.of(String.valueOf(++k), a.label(), nz(a.position()), nz(a.groupName()), nz(a.unitName())));
		}
		return OfficialDocument.builder()
			.issuer(parent, upper(owner.name()).replace("MTTQ", "MẶT TRẬN TỔ QUỐC") + "\nBAN THƯỜNG TRỰC")
			.motto(Motto.NATIONAL)
			.number(plan.number() == null ? "      /KH-MTTQ-BTT" : plan.number())
			.placeAndDate(place, plan.issuedOn() == null ? java.time.LocalDate.now() : plan.issuedOn())
			.typeAndTitle("KẾ HOẠCH", subject(plan.title()) + " năm " + plan.year())
			.add(body.toArray(Block[]::new))
			.recipients("Thường trực cấp ủy cùng cấp;", "Các tổ chức thành viên;", "Các cơ quan, đơn vị được giám sát;",
					"Lưu: VT.")
			.signature("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "")
			.annex(Annex.of("Phụ lục", "DANH SÁCH PHÂN CÔNG ĐƠN VỊ ĐẦU MỐI GIÁM SÁT",
					Block.table(List.of("STT", "Đối tượng", "Chức vụ", "Cơ quan, đơn vị", "Đơn vị đầu mối"), annexRows)
						.withColumnWeights(1, 4, 5, 5, 4)))
			.build();
	}

	/** "Kế hoạch giám sát …" under the type line "KẾ HOẠCH" would say it twice. */
	static String subject(String title) {
		String s = title.strip().replaceFirst("(?iu)^kế hoạch\\s+", "");
		return s.isEmpty() ? title : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	private static String[] lines(String text) {
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
	}

	private static String upper(String s) {
		return s.toUpperCase(java.util.Locale.forLanguageTag("vi"));
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
