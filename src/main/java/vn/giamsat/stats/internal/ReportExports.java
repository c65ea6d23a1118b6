package vn.giamsat.stats.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.orgs.UnitView;
import vn.giamsat.platform.documents.Block;
import vn.giamsat.platform.documents.DocxRenderer;
import vn.giamsat.platform.documents.Motto;
import vn.giamsat.platform.documents.OfficialDocument;
import vn.giamsat.platform.documents.PdfRenderer;
import vn.giamsat.platform.exports.ExportColumn;
import vn.giamsat.platform.exports.XlsxExporter;
import vn.giamsat.platform.web.DateInput;
import vn.giamsat.platform.web.Messages;
import vn.giamsat.stats.StatsReport;

/**
 * The six-monthly report to the People's Council (DOMAIN.md §1.5): the figures as XLSX,
 * and as an official report (DOCX to edit, PDF to send) whose narrative quotes the same
 * numbers as its tables. Always in Vietnamese: it is an official document.
 */
@Component
public class ReportExports {

	static final List<String> HEADER = List.of("Cấp", "Tổ chức", "Cán bộ được phân công", "Lượt giám sát",
			"Người được giám sát", "Ý kiến góp ý", "Lượt người được góp ý");

	private final OrgStructure structure;

	private final Messages messages;

	private final PdfRenderer pdf;

	private final DocxRenderer docx;

	private final Clock clock;

	ReportExports(OrgStructure structure, Messages messages, PdfRenderer pdf, DocxRenderer docx, Clock clock) {
		this.structure = structure;
		this.messages = messages;
		this.pdf = pdf;
		this.docx = docx;
		this.clock = clock;
	}

	public void xlsx(StatsReport report, OutputStream out) throws IOException {
		ReportTable table = ReportTable.of(report, messages::vi);
		List<ReportTable.Row> rows = new ArrayList<>(table.byOrganisation());
		rows.addAll(table.byLevel());
		List<ExportColumn<ReportTable.Row>> columns = List.of(
				ExportColumn.<ReportTable.Row>text(HEADER.get(0), ReportTable.Row::level).width(20),
				ExportColumn.<ReportTable.Row>text(HEADER.get(1), ReportTable.Row::organisation).width(32),
				ExportColumn.integer(HEADER.get(2), ReportTable.Row::assigned),
				ExportColumn.integer(HEADER.get(3), ReportTable.Row::records),
				ExportColumn.integer(HEADER.get(4), ReportTable.Row::people),
				ExportColumn.integer(HEADER.get(5), ReportTable.Row::opinions),
				ExportColumn.integer(HEADER.get(6), ReportTable.Row::pairs));
		new XlsxExporter().export("Thống kê", title(report), columns, rows, out);
	}

	public byte[] pdf(StatsReport report) {
		return pdf.render(document(report));
	}

	public byte[] docx(StatsReport report) {
		return docx.render(document(report));
	}

	String title(StatsReport r) {
		return "Kết quả giám sát việc tu dưỡng, rèn luyện đạo đức, lối sống của cán bộ, đảng viên từ ngày "
				+ DateInput.format(r.from()) + " đến ngày " + DateInput.format(r.to());
	}

	OfficialDocument document(StatsReport r) {
		UnitView unit = structure.unitByCode(r.unit()).orElseThrow();
		String place = unit.name()
			.replaceFirst("^(Quận|Phường|Thành phố|Xã|Huyện|Tổ dân phố) ", "")
			.replaceFirst(" \\(.*\\)$", "");
		ReportTable table = ReportTable.of(r, messages::vi);
		List<Block> body = new ArrayList<>();
		body.add(Block.heading(1, "I. KẾT QUẢ CHUNG"));
		body.add(Block.paragraph("Từ ngày " + DateInput.format(r.from()) + " đến ngày " + DateInput.format(r.to())
				+ ", Mặt trận Tổ quốc và các tổ chức chính trị - xã hội trên địa bàn " + unit.name() + " đã thực hiện "
				+ n(r.records()) + " lượt giám sát đối với " + n(r.peopleSupervised())
				+ " cán bộ, đảng viên; qua giám sát đã đóng góp " + n(r.opinions()) + " ý kiến với "
				+ n(r.peopleCommented()) + " lượt người được góp ý."));
		for (StatsReport.LevelRow l : r.byLevel()) {
			if (l.records() + l.opinions() > 0) {
				body.add(Block
					.bullets(messages.vi(vn.giamsat.orgs.AdminLevel.fromCode(l.level()).orElseThrow().messageKey())
							+ ": " + n(l.records()) + " lượt giám sát đối với " + n(l.peopleSupervised()) + " người; "
							+ n(l.opinions()) + " ý kiến / " + n(l.peopleCommented()) + " người."));
			}
		}
		body.add(Block.heading(1, "II. KẾT QUẢ THEO CẤP"));
		body.add(Block.table(levelHeader(), table.byLevel().stream().map(row -> without(row.cells(), 1)).toList()));
		body.add(Block.heading(1, "III. KẾT QUẢ THEO TỔ CHỨC"));
		body.add(Block.table(HEADER, table.byOrganisation().stream().map(ReportTable.Row::cells).toList())
			.withColumnWeights(3, 4, 2, 2, 2, 2, 2));
		body.add(Block.heading(1, "IV. CÁCH TÍNH"));
		body.add(Block.bullets(
				"Mỗi lượt giám sát tính một lần; mỗi người được giám sát tính một lần dù được giám sát "
						+ "nhiều lượt.",
				"Mỗi ý kiến tính một lần dù liên quan đến nhiều người; lượt người được góp ý là số cặp "
						+ "(người, ý kiến).",
				"Cấp được xác định theo đơn vị hành chính của tổ chức giám sát; đơn vị sắp xếp năm 2025 được tính "
						+ "theo đơn vị kế thừa."));
		return OfficialDocument.builder()
			.issuer("ỦY BAN MTTQ VIỆT NAM",
					"ỦY BAN MTTQ VIỆT NAM\n"
							+ unit.name().toUpperCase(Locale.forLanguageTag("vi")).replaceFirst(" \\(.*\\)$", "")
							+ "\nBAN THƯỜNG TRỰC")
			.motto(Motto.NATIONAL)
			.number("      /BC-MTTQ-BTT")
			.placeAndDate(place, LocalDate.now(clock))
			.typeAndTitle("BÁO CÁO", title(r))
			.add(body.toArray(Block[]::new))
			.recipients("Thường trực Hội đồng nhân dân;", "Thường trực cấp ủy cùng cấp;", "Các tổ chức thành viên;",
					"Lưu: VT.")
			.signature("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "")
			.build();
	}

	private static List<String> levelHeader() {
		List<String> h = new ArrayList<>(HEADER);
		h.remove(1);
		return h;
	}

	private static List<String> without(List<String> cells, int index) {
		List<String> c = new ArrayList<>(cells);
		c.remove(index);
		return c;
	}

	private static String n(long v) {
		return String.format(Locale.forLanguageTag("vi-VN"), "%,d", v);
	}

}
