package vn.giamsat.platform.documents;

import java.time.LocalDate;
import java.util.List;

/** Documents shared by the renderer tests. */
final class SampleDocuments {

	static final String SIGNER = "Nguyễn Thị Hương";
	static final String TABLE_CELL = "Phó Chủ tịch Ủy ban nhân dân phường Bồ Đề";

	private SampleDocuments() {
	}

	/** An annual supervision plan with the national motto, a table and one annex. */
	static OfficialDocument plan() {
		return OfficialDocument.builder()
			.issuer("ỦY BAN MTTQ VIỆT NAM\nTHÀNH PHỐ HÀ NỘI", "ỦY BAN MẶT TRẬN TỔ QUỐC\nVIỆT NAM QUẬN LONG BIÊN")
			.motto(Motto.NATIONAL)
			.number("12/KH-MTTQ-BTT")
			.placeAndDate("Long Biên", LocalDate.of(2026, 1, 15))
			.typeAndTitle("KẾ HOẠCH",
					"Giám sát việc tu dưỡng, rèn luyện đạo đức, lối sống của cán bộ, đảng viên năm 2026")
			.add(Block.paragraph("Căn cứ Quy định số 124-QĐ/TW ngày 02/02/2018 của Ban Bí thư về giám sát "
					+ "của Mặt trận Tổ quốc Việt Nam đối với việc tu dưỡng, rèn luyện đạo đức, lối sống "
					+ "của người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên;", Block.Emphasis.ITALIC),
					Block.paragraph("Ban Thường trực Ủy ban MTTQ Việt Nam quận Long Biên xây dựng Kế hoạch "
							+ "giám sát năm 2026 như sau:"),
					Block.heading(1, "I. MỤC ĐÍCH, YÊU CẦU"), Block.heading(2, "1. Mục đích"),
					Block.paragraph("Phát huy vai trò của Nhân dân trong việc giám sát cán bộ, đảng viên "
							+ "nơi cư trú; góp phần xây dựng Đảng, chính quyền trong sạch, vững mạnh."),
					Block.heading(2, "2. Yêu cầu"),
					Block.bullets("Giám sát đúng đối tượng, nội dung, thời gian;",
							"Không làm ảnh hưởng đến hoạt động bình thường của cơ quan, đơn vị."),
					Block.heading(3, "a) Đối tượng giám sát"),
					Block
						.table(List.of("STT", "Họ và tên", "Chức vụ", "Thời gian"),
								List.of(List.of("1", "Trần Văn Bình", TABLE_CELL, "Quý II/2026"),
										List.of("2", "Lê Thị Mai", "Bí thư Đảng ủy phường Ngọc Thụy", "Quý III/2026")))
						.withColumnWeights(1, 4, 6, 3),
					Block.heading(1, "II. TỔ CHỨC THỰC HIỆN"),
					Block.paragraph("Giao Ban Dân chủ - Pháp luật tham mưu triển khai Kế hoạch này."))
			.recipients("Ban Thường trực UBMTTQ Thành phố;", "Thường trực Quận ủy;",
					"Các đồng chí Ủy viên Ban Thường trực;", "Lưu: VT.")
			.signature("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", SIGNER)
			.annex(Annex.of("Phụ lục I", "DANH SÁCH CÁN BỘ, ĐẢNG VIÊN ĐƯỢC GIÁM SÁT",
					Block.table(List.of("STT", "Họ và tên", "Nơi cư trú"),
							List.of(List.of("1", "Trần Văn Bình", "Tổ 5, phường Bồ Đề"),
									List.of("2", "Lê Thị Mai", "Tổ 12, phường Ngọc Thụy")))))
			.build();
	}

	/** A one-page notice whose user-supplied text contains markup and ampersands. */
	static OfficialDocument withHostileText(String hostile) {
		return OfficialDocument.builder()
			.issuer(Issuer.of("BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM PHƯỜNG BỒ ĐỀ"))
			.placeAndDate("Bồ Đề", LocalDate.of(2026, 3, 2))
			.typeAndTitle("THÔNG BÁO", hostile)
			.add(Block.paragraph(hostile), Block.table(List.of("Nội dung"), List.of(List.of(hostile))))
			.recipients(hostile)
			.signature(null, "TRƯỞNG BAN", hostile)
			.build();
	}

}
