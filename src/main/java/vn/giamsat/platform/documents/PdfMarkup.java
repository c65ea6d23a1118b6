package vn.giamsat.platform.documents;

import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Builds the XHTML that {@link PdfRenderer} lays out, as a DOM rather than as a string.
 *
 * <p>
 * User text only ever enters through {@link #text}, which makes it a DOM text node:
 * markup such as {@code <script>} or a stray {@code &} in a cadre's name stays literal
 * text and can never become an element, an attribute or an external resource. Inline
 * styles carry only numbers computed here.
 */
final class PdfMarkup {

	private static final String XHTML = "http://www.w3.org/1999/xhtml";

	private final Document dom;

	private final OfficialDocument doc;

	private PdfMarkup(Document dom, OfficialDocument doc) {
		this.dom = dom;
		this.doc = doc;
	}

	static Document build(OfficialDocument document) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			Document dom = factory.newDocumentBuilder().newDocument();
			new PdfMarkup(dom, document).write();
			return dom;
		}
		catch (ParserConfigurationException e) {
			throw new IllegalStateException("no DOM implementation", e);
		}
	}

	private void write() {
		Element html = dom.createElementNS(XHTML, "html");
		html.setAttribute("lang", "vi");
		dom.appendChild(html);
		Element head = el(html, "head", null);
		text(head, "title", null, doc.fullTitle());
		el(head, "style", null).appendChild(dom.createTextNode(PdfStyle.CSS));
		Element body = el(html, "body", null);
		header(body);
		if (doc.type() != null) {
			text(body, "div", "type", doc.type());
		}
		if (doc.title() != null) {
			text(body, "div", "title", doc.title());
			rule(body, Layout.titleRulePt(doc.title()));
		}
		blocks(body, doc.body());
		closing(body);
		for (Annex annex : doc.annexes()) {
			annex(body, annex);
		}
	}

	private void header(Element body) {
		Element table = el(body, "table", "head");
		columns(table, Layout.ISSUER_SHARE, 1 - Layout.ISSUER_SHARE);
		Element top = el(table, "tr", null);
		Element issuer = el(top, "td", "issuer");
		if (doc.issuer().hasParentBody()) {
			lines(issuer, "parent", doc.issuer().parentLines());
		}
		lines(issuer, "issuing", doc.issuer().issuingLines());
		rule(issuer, Layout.issuerRulePt(doc.issuer()));
		Element right = el(top, "td", "motto");
		Element bottom = el(table, "tr", null);
		Element number = el(bottom, "td", "number");
		if (doc.numberLine() != null) {
			number.appendChild(dom.createTextNode(DocumentText.clean(doc.numberLine())));
		}
		if (doc.motto() != null) {
			text(right, "div", "motto-upper", doc.motto().upperLine());
			if (doc.motto().hasLowerLine()) {
				text(right, "div", "motto-lower", doc.motto().lowerLine());
			}
			rule(right, Layout.mottoRulePt(doc.motto()));
			text(el(bottom, "td", null), "div", "date", doc.placeAndDateLine());
		}
		else {
			text(right, "div", "date", doc.placeAndDateLine());
			el(bottom, "td", null);
		}
	}

	private void blocks(Element parent, List<Block> blocks) {
		for (Block block : blocks) {
			if (block instanceof Block.Heading h) {
				text(parent, "p", "h" + h.level(), h.text());
			}
			else if (block instanceof Block.Paragraph p) {
				text(parent, "p", p.emphasis().name().toLowerCase(Locale.ROOT), p.text());
			}
			else if (block instanceof Block.BulletList list) {
				list.items().forEach(item -> text(parent, "p", "dash", "- " + item));
			}
			else if (block instanceof Block.Table t) {
				table(parent, t);
			}
			else {
				throw new IllegalArgumentException("unsupported block " + block.getClass());
			}
		}
	}

	private void table(Element parent, Block.Table t) {
		Element table = el(parent, "table", "grid");
		double[] shares = new double[t.header().size()];
		for (int i = 0; i < shares.length; i++) {
			shares[i] = t.widthShare(i);
		}
		columns(table, shares);
		Element headRow = el(el(table, "thead", null), "tr", null);
		t.header().forEach(cell -> text(headRow, "th", null, cell));
		Element tbody = el(table, "tbody", null);
		for (List<String> row : t.rows()) {
			Element tr = el(tbody, "tr", null);
			row.forEach(cell -> text(tr, "td", null, cell));
		}
	}

	private void closing(Element body) {
		Element table = el(body, "table", "closing");
		columns(table, Layout.RECIPIENTS_SHARE, 1 - Layout.RECIPIENTS_SHARE);
		Element row = el(table, "tr", null);
		Element recipients = el(row, "td", "recipients");
		if (!doc.recipients().isEmpty()) {
			text(recipients, "div", "recipients-label", "Nơi nhận:");
			doc.recipients().forEach(line -> text(recipients, "div", "recipient", "- " + line));
		}
		Element signature = el(row, "td", "signature");
		Signature s = doc.signature();
		if (s.hasAuthority()) {
			text(signature, "div", "signer-role", s.authority());
		}
		text(signature, "div", "signer-role", s.position());
		el(signature, "div", "signature-space");
		text(signature, "div", "signer-name", s.fullName());
	}

	private void annex(Element body, Annex annex) {
		Element section = el(body, "div", "annex");
		if (annex.label() != null) {
			text(section, "div", "annex-label", annex.label());
		}
		text(section, "div", "annex-title", annex.title());
		text(section, "div", "annex-reference", doc.annexReference());
		blocks(section, annex.body());
	}

	private void columns(Element table, double... shares) {
		Element group = el(table, "colgroup", null);
		for (double share : shares) {
			el(group, "col", null).setAttribute("style", String.format(Locale.ROOT, "width: %.2f%%", share * 100));
		}
	}

	private void rule(Element parent, double widthPt) {
		el(parent, "div", "rule").setAttribute("style", String.format(Locale.ROOT, "width: %.1fpt", widthPt));
	}

	private Element el(Element parent, String tag, String cssClass) {
		Element element = dom.createElementNS(XHTML, tag);
		if (cssClass != null) {
			element.setAttribute("class", cssClass);
		}
		parent.appendChild(element);
		return element;
	}

	/**
	 * Text whose explicit line breaks are kept, as {@code <br/>
	 * } between text nodes.
	 */
	private void lines(Element parent, String cssClass, List<String> lines) {
		Element element = el(parent, "div", cssClass);
		for (int i = 0; i < lines.size(); i++) {
			if (i > 0) {
				el(element, "br", null);
			}
			element.appendChild(dom.createTextNode(DocumentText.clean(lines.get(i))));
		}
	}

	/** The only ways user text enters the DOM: cleaned, then as a text node. */
	private Element text(Element parent, String tag, String cssClass, String content) {
		Element element = el(parent, tag, cssClass);
		element.appendChild(dom.createTextNode(DocumentText.clean(content)));
		return element;
	}

}
