package vn.giamsat.cultivation.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.giamsat.cultivation.PublicPlan;
import vn.giamsat.platform.documents.HtmlPdf;
import vn.giamsat.platform.documents.QrCodes;

import static vn.giamsat.platform.documents.HtmlPdf.escape;

/**
 * The A4 sheet a residential group or an agency puts on its notice board: every published
 * plan with its commitments, and a QR code to the online page, which stays current when a
 * plan is replaced after printing.
 */
public final class NoticeSheet {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private NoticeSheet() {
	}

	public static byte[] pdf(String placeName, int year, String onlineUrl, List<PublicPlan> plans, LocalDate printedOn,
			MessageSource messages) {
		Locale vi = Locale.forLanguageTag("vi");
		StringBuilder html = new StringBuilder("""
				<html><head><meta charset="UTF-8"/><style>
				@page { size: A4; margin: 15mm 15mm 15mm 20mm; }
				body { font-family: 'Liberation Serif'; font-size: 12pt; }
				h1 { font-size: 15pt; text-align: center; margin: 0 0 4pt 0; }
				.place { text-align: center; font-weight: bold; font-size: 13pt; margin-bottom: 8pt; }
				.person { margin-top: 8pt; page-break-inside: avoid; }
				.name { font-weight: bold; }
				table { width: 100%; border-collapse: collapse; margin-top: 3pt; }
				td, th { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: top; font-size: 11pt; }
				th { background: #eee; }
				.qr { float: right; width: 32mm; text-align: center; font-size: 9pt; margin-left: 6pt; }
				.qr img { width: 32mm; height: 32mm; }
				.foot { margin-top: 12pt; font-style: italic; font-size: 11pt; }
				</style></head><body>""");
		String qr = Base64.getEncoder().encodeToString(QrCodes.png(onlineUrl, 300));
		html.append("<div class=\"qr\"><img alt=\"QR\" src=\"data:image/png;base64,")
			.append(qr)
			.append("\"/><br/>")
			.append(escape(messages.getMessage("cultivation.notice.scan", null, vi)))
			.append("</div>");
		html.append("<h1>")
			.append(escape(messages.getMessage("cultivation.notice.title", new Object[] { String.valueOf(year) }, vi)))
			.append("</h1>");
		html.append("<div class=\"place\">").append(escape(placeName)).append("</div>");
		if (plans.isEmpty()) {
			html.append("<p>").append(escape(messages.getMessage("cultivation.public.none", null, vi))).append("</p>");
		}
		int n = 0;
		for (PublicPlan p : plans) {
			html.append("<div class=\"person\"><div><span class=\"name\">")
				.append(++n)
				.append(". ")
				.append(escape(p.fullName()))
				.append("</span> — ")
				.append(escape(p.position()))
				.append(p.workplace().isBlank() ? "" : ", " + escape(p.workplace()))
				.append("</div><table><tr><th>")
				.append(escape(messages.getMessage("cultivation.action", null, vi)))
				.append("</th><th>")
				.append(escape(messages.getMessage("cultivation.measure", null, vi)))
				.append("</th><th>")
				.append(escape(messages.getMessage("cultivation.deadline", null, vi)))
				.append("</th></tr>");
			for (PublicPlan.Commitment c : p.commitments()) {
				html.append("<tr><td>")
					.append(escape(c.action()))
					.append("</td><td>")
					.append(escape(c.measure()))
					.append("</td><td>")
					.append(c.deadline() == null ? "" : DAY.format(c.deadline()))
					.append("</td></tr>");
			}
			html.append("</table></div>");
		}
		html.append("<p class=\"foot\">")
			.append(escape(messages.getMessage("cultivation.notice.footer",
					new Object[] { DAY.format(printedOn), onlineUrl }, vi)))
			.append("</p></body></html>");
		return HtmlPdf.render(html.toString());
	}

}
