package vn.giamsat.residence.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.giamsat.platform.exports.ExportColumn;
import vn.giamsat.platform.exports.XlsxExporter;
import vn.giamsat.platform.web.Messages;

/** A campaign's status, one row per member, for the clerk's own follow-up in Excel. */
@Component
public class CampaignExport {

	private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	private final RequestStore requests;

	private final Messages messages;

	CampaignExport(RequestStore requests, Messages messages) {
		this.requests = requests;
		this.messages = messages;
	}

	public void write(CampaignRow c, OutputStream out) throws IOException {
		List<RequestRow> rows = requests.ofCampaign(c.id());
		int[] n = { 0 };
		List<ExportColumn<RequestRow>> columns = List.of(ExportColumn.integer("STT", r -> ++n[0]),
				ExportColumn.<RequestRow>text("Mã", RequestRow::personCode),
				ExportColumn.<RequestRow>text("Họ và tên", RequestRow::fullName).width(28),
				ExportColumn.<RequestRow>text("Chức vụ", RequestRow::position).width(30),
				ExportColumn.<RequestRow>text("Nơi cư trú", RequestRow::residenceGroupName).width(28),
				ExportColumn.<RequestRow>text("Chi bộ nơi cư trú", RequestRow::residenceCellName).width(30),
				ExportColumn.<RequestRow>text("Trạng thái", r -> messages.vi(r.state().messageKey())).width(16),
				ExportColumn.<RequestRow>date("Hạn trả", RequestRow::dueDate),
				ExportColumn.<RequestRow>date("Ngày gửi",
						r -> r.sentAt() == null ? null : r.sentAt().atZoneSameInstant(VN).toLocalDate()),
				ExportColumn.<RequestRow>date("Ngày trả",
						r -> r.returnedAt() == null ? null : r.returnedAt().atZoneSameInstant(VN).toLocalDate()),
				ExportColumn.<RequestRow>text("Trễ hạn", r -> r.late() ? "Có" : ""),
				ExportColumn
					.<RequestRow>text("Xếp loại", r -> r.rating() == null ? "" : messages.vi(r.rating().messageKey()))
					.width(22),
				ExportColumn.<RequestRow>text("Ghi chú", CampaignExport::note).width(40));
		new XlsxExporter().export("Tình hình",
				"Nhận xét đảng viên nơi cư trú năm " + c.year() + " — " + c.organisationName(), columns, rows, out);
	}

	private static String note(RequestRow r) {
		if (r.exemptionReason() != null) {
			return "Miễn: " + r.exemptionReason();
		}
		return r.manualReason() == null ? "" : "Bổ sung: " + r.manualReason();
	}

}
