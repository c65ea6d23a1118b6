package vn.giamsat.browser;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Propaganda officer imports the plans collected in a Word table from the import
 * page: a wrong row is listed with its row and column, the fixed document is accepted.
 * Plan year 2040 belongs to this class.
 */
@IntegrationTest
class CultivationImportStoriesTest extends BrowserSupport {

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	Path docx(String name, String code, String deadline) throws Exception {
		String[][] rows = {
				{ "Mã cán bộ", "Năm", "Hạn chế, khuyết điểm", "Lĩnh vực", "Việc làm cụ thể", "Kết quả đo được",
						"Thời hạn" },
				{ code, "2040", "Ngại góp ý thẳng thắn", "CONG_TAC", "Góp ý ít nhất 1 lần mỗi kỳ sinh hoạt chi bộ",
						"Biên bản sinh hoạt chi bộ", deadline } };
		Path file = dir.resolve(name);
		try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			doc.createParagraph().createRun().setText("DANH SÁCH KẾ HOẠCH TU DƯỠNG, RÈN LUYỆN NĂM 2040");
			XWPFTable table = doc.createTable(rows.length, rows[0].length);
			for (int r = 0; r < rows.length; r++) {
				for (int c = 0; c < rows[r].length; c++) {
					table.getRow(r).getCell(c).setText(rows[r][c]);
				}
			}
			doc.write(out);
		}
		return file;
	}

	@Test
	void thePropagandaOfficerUploadsAWordTableSeesTheWrongRowFixesItAndThePlanIsSubmitted() throws Exception {
		String code = jdbc.sql("""
				select p.code from person p join organisation m on m.id = p.managing_committee_id
				where m.code = 'LB-QU' and p.code like 'LB-CB-%' order by p.code desc limit 1""")
			.query(String.class)
			.single();
		signIn(Personas.PROPAGANDA);
		open("/imports");
		assertThat(pageText()).contains("Kế hoạch tu dưỡng, rèn luyện (mỗi dòng một cam kết)")
			.contains("văn bản Word (.docx)");
		assertAccessible("imports for the Propaganda Department");

		find("#file-cultivation-plans").sendKeys(docx("sai.docx", code, "31/12/2041").toString());
		find("#ds-cultivation-plans + p + form button[type=submit]").click();
		waitForText("#result-cultivation-plans", "phải nằm trong năm 2040");
		assertThat(find("#result-cultivation-plans").getText()).contains("Thời hạn").contains("2");
		screenshot("cultivation-import-errors-desktop");
		assertAccessible("import errors");

		find("#file-cultivation-plans").sendKeys(docx("dung.docx", code, "31/12/2040").toString());
		find("#ds-cultivation-plans + p + form button[type=submit]").click();
		waitForText("#result-cultivation-plans", "Đã nhập xong: 1 bản ghi mới");
		assertThat(jdbc.sql("""
				select c.status from cultivation_plan c join person p on p.id = c.person_id
				where p.code = ? and c.year = 2040""").param(code).query(String.class).single()).isEqualTo("SUBMITTED");

		useViewport(MOBILE);
		open("/imports");
		assertNoHorizontalOverflow();
		screenshot("cultivation-import-mobile");
	}

}
