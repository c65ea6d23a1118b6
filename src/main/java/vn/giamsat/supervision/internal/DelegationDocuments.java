package vn.giamsat.supervision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
import vn.giamsat.platform.web.DateInput;
import vn.giamsat.supervision.DelegationDraft;
import vn.giamsat.supervision.DelegationTimeline;
import vn.giamsat.supervision.Subject;
import vn.giamsat.supervision.internal.DelegationStore.DelegationRow;

/**
 * The four papers of a delegation in the administrative layout: the founding decision,
 * the notice to the subjects (with the dates the law sets), the minutes of the working
 * session and the delegation's report. DOCX for the secretariat to edit, PDF to send.
 */
@Component
public class DelegationDocuments {

	public enum Kind {

		DECISION, NOTICE, MINUTES, REPORT

	}

	private final OrgStructure structure;

	private final PdfRenderer pdf;

	private final DocxRenderer docx;

	DelegationDocuments(OrgStructure structure, PdfRenderer pdf, DocxRenderer docx) {
		this.structure = structure;
		this.pdf = pdf;
		this.docx = docx;
	}

	public byte[] pdf(Kind kind, DelegationRow d, List<DelegationDraft.Member> members, List<Subject> subjects) {
		return pdf.render(document(kind, d, members, subjects));
	}

	public byte[] docx(Kind kind, DelegationRow d, List<DelegationDraft.Member> members, List<Subject> subjects) {
		return docx.render(document(kind, d, members, subjects));
	}

	OfficialDocument document(Kind kind, DelegationRow d, List<DelegationDraft.Member> members,
			List<Subject> subjects) {
		OrganisationView owner = structure.organisation(d.ownerId()).orElseThrow();
		String parent = owner.parentId() == null ? "ỦY BAN MTTQ VIỆT NAM"
				: structure.organisation(owner.parentId()).map(o -> upper(o.name())).orElse("ỦY BAN MTTQ VIỆT NAM");
		String place = structure.unit(owner.unitId())
			.map(u -> u.name().replaceFirst("^(Quận|Phường|Thành phố|Xã|Huyện) ", ""))
			.orElse("");
		List<Block> body = switch (kind) {
			case DECISION -> decision(d, members, subjects);
			case NOTICE -> notice(d, subjects);
			case MINUTES -> minutes(d, members, subjects);
			case REPORT -> report(d, subjects);
		};
		LocalDate date = switch (kind) {
			case DECISION -> d.decisionDate() != null ? d.decisionDate() : DelegationTimeline.noticeBy(d.sessionDate());
			case NOTICE -> DelegationTimeline.noticeBy(d.sessionDate());
			case MINUTES -> d.sessionDate();
			case REPORT ->
				d.reportSubmittedOn() != null ? d.reportSubmittedOn() : DelegationTimeline.reportBy(d.sessionDate());
		};
		String[] typeAndSymbol = switch (kind) {
			case DECISION -> new String[] { "QUYẾT ĐỊNH", "/QĐ-MTTQ-BTT", "Về việc thành lập Đoàn giám sát" };
			case NOTICE -> new String[] { "THÔNG BÁO", "/TB-MTTQ-BTT", "Về việc giám sát của Đoàn giám sát" };
			case MINUTES -> new String[] { "BIÊN BẢN", "/BB-ĐGS", "Buổi làm việc của Đoàn giám sát" };
			case REPORT -> new String[] { "BÁO CÁO", "/BC-ĐGS", "Kết quả giám sát" };
		};
		String number = kind == Kind.DECISION && d.decisionNumber() != null ? d.decisionNumber()
				: "      " + typeAndSymbol[1];
		return OfficialDocument.builder()
			.issuer(parent, upper(owner.name()).replace("MTTQ", "MẶT TRẬN TỔ QUỐC") + "\nBAN THƯỜNG TRỰC")
			.motto(Motto.NATIONAL)
			.number(number)
			.placeAndDate(place, date)
			.typeAndTitle(typeAndSymbol[0], typeAndSymbol[2] + ": " + d.title())
			.add(body.toArray(Block[]::new))
			.recipients("Các đồng chí thành viên Đoàn giám sát;", "Đối tượng được giám sát;",
					"Thường trực cấp ủy cùng cấp;", "Lưu: VT.")
			.signature(kind == Kind.MINUTES || kind == Kind.REPORT ? "TM. ĐOÀN GIÁM SÁT" : "TM. BAN THƯỜNG TRỰC",
					kind == Kind.MINUTES || kind == Kind.REPORT ? "TRƯỞNG ĐOÀN" : "CHỦ TỊCH",
					members.isEmpty() ? "" : members.get(0).fullName())
			.build();
	}

	private static List<Block> decision(DelegationRow d, List<DelegationDraft.Member> members, List<Subject> subjects) {
		List<Block> b = new ArrayList<>();
		b.add(Block.paragraph("Căn cứ Luật Mặt trận Tổ quốc Việt Nam; Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-"
				+ "CP-ĐCTUBTWMTTQVN quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam;"));
		b.add(Block.paragraph("Điều 1. Thành lập Đoàn giám sát gồm các đồng chí có tên sau:"));
		b.add(memberTable(members));
		b.add(Block
			.paragraph("Điều 2. Đoàn giám sát có nhiệm vụ: " + text(d.content(), d.title()) + ". Đối tượng giám sát: "
					+ names(subjects) + ". Thời gian làm việc: ngày " + DateInput.format(d.sessionDate())
					+ (d.sessionPlace().isBlank() ? "" : ", tại " + d.sessionPlace()) + "."));
		b.add(Block.paragraph("Điều 3. Đoàn giám sát tự giải thể sau khi hoàn thành nhiệm vụ. Các đồng chí có tên tại "
				+ "Điều 1 và các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này."));
		return b;
	}

	private static List<Block> notice(DelegationRow d, List<Subject> subjects) {
		List<Block> b = new ArrayList<>();
		b.add(Block.paragraph("Thực hiện Quyết định thành lập Đoàn giám sát"
				+ (d.decisionNumber() == null ? "" : " số " + d.decisionNumber()) + ", Ban Thường trực thông báo:"));
		b.add(Block.paragraph("1. Nội dung giám sát: " + text(d.content(), d.title()) + "."));
		b.add(Block.paragraph("2. Đối tượng giám sát: " + names(subjects) + "."));
		b.add(Block.paragraph("3. Đề nghị đối tượng được giám sát gửi báo cáo và tài liệu liên quan đến Đoàn giám sát "
				+ "trước ngày " + DateInput.format(DelegationTimeline.documentsBy(d.sessionDate())) + "."));
		b.add(Block.paragraph("4. Thời gian làm việc trực tiếp: ngày " + DateInput.format(d.sessionDate())
				+ (d.sessionPlace().isBlank() ? "" : ", tại " + d.sessionPlace()) + "."));
		return b;
	}

	private static List<Block> minutes(DelegationRow d, List<DelegationDraft.Member> members, List<Subject> subjects) {
		List<Block> b = new ArrayList<>();
		b.add(Block.paragraph("Hôm nay, ngày " + DateInput.format(d.sessionDate())
				+ (d.sessionPlace().isBlank() ? "" : ", tại " + d.sessionPlace()) + ", Đoàn giám sát làm việc với: "
				+ names(subjects) + "."));
		b.add(Block.paragraph("Thành phần Đoàn giám sát:"));
		b.add(memberTable(members));
		b.add(Block.heading(1, "NỘI DUNG LÀM VIỆC"));
		b.add(Block.bullets(lines(text(d.minutes(), "(chưa ghi)"))));
		return b;
	}

	private static List<Block> report(DelegationRow d, List<Subject> subjects) {
		List<Block> b = new ArrayList<>();
		b.add(Block.heading(1, "I. KHÁI QUÁT"));
		b.add(Block.paragraph("Đoàn giám sát đã làm việc ngày " + DateInput.format(d.sessionDate()) + " với "
				+ names(subjects) + " về nội dung: " + text(d.content(), d.title()) + "."));
		b.add(Block.heading(1, "II. KẾT QUẢ GIÁM SÁT"));
		b.add(Block.bullets(lines(text(d.findings(), "(chưa ghi)"))));
		b.add(Block.heading(1, "III. KIẾN NGHỊ"));
		b.add(Block
			.paragraph("Các kiến nghị của Đoàn giám sát được gửi bằng văn bản tới đối tượng được giám sát và cấp "
					+ "ủy quản lý, đồng gửi Ủy ban MTTQ cấp trên; đề nghị trả lời trong thời hạn quy định."));
		return b;
	}

	private static Block memberTable(List<DelegationDraft.Member> members) {
		List<List<String>> rows = new ArrayList<>();
		int i = 0;
		for (DelegationDraft.Member m : members) {
			rows.add(List.of(String.valueOf(++i), m.fullName(), m.roleTitle()));
		}
		return Block.table(List.of("STT", "Họ và tên", "Nhiệm vụ trong Đoàn"), rows).withColumnWeights(1, 5, 5);
	}

	private static String names(List<Subject> subjects) {
		return String.join(", ",
				subjects.stream()
					.map(s -> "đồng chí " + s.fullName() + (s.position() == null ? "" : " (" + s.position() + ")"))
					.toList());
	}

	private static String text(String s, String fallback) {
		return s == null || s.isBlank() ? fallback : s.strip();
	}

	private static String[] lines(String text) {
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
	}

	private static String upper(String s) {
		return s.toUpperCase(Locale.forLanguageTag("vi"));
	}

}
