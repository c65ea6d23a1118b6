package vn.giamsat.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

/** Importing people from a CSV file: all or nothing, with every error shown by row. */
@IntegrationTest
class ImportStoriesTest extends BrowserSupport {

	private static final String HEADER = "ma,ho_ten,gioi_tinh,nam_sinh,dang_vien,chuc_vu,ma_noi_cong_tac,ma_noi_cu_tru,ma_cap_uy_quan_ly,nhom";

	private static final String GOOD = "E2E-001,Trịnh Thị Thoa Duyệt,NU,1985,CO,Chuyên viên,LB-PNV,HN-LB-DG-T01,LB-QU,CAN_BO_DANG_VIEN";

	@TempDir
	Path dir;

	@Test
	void officerImportsAFileWithAnErrorThenTheCorrectedFile() throws IOException {
		signIn(Personas.FRONT_LONG_BIEN);
		open("/imports");
		assertAccessible("imports");
		screenshot("imports-desktop");

		upload(csv("with-errors.csv", GOOD,
				"E2E-002,Lý Văn Kiểm,NAM,1979,KHONG,Chuyên viên,LB-PNV,HN-LB-XX-T99,LB-QU,CAN_BO_DANG_VIEN",
				"E2E-003,   ,NAM,1990,KHONG,Chuyên viên,LB-PNV,HN-LB-DG-T01,LB-QU,CAN_BO_DANG_VIEN"));
		WebElement errors = waiting().until(d -> find("#result-people table.import-errors"));
		List<List<String>> rows = errors.findElements(By.cssSelector("tbody tr"))
			.stream()
			.map(tr -> tr.findElements(By.cssSelector("td")).stream().map(WebElement::getText).toList())
			.toList();
		assertThat(rows).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("3"))
			.anySatisfy(r -> assertThat(r.get(0)).isEqualTo("4"))
			.noneSatisfy(r -> assertThat(r.get(0)).isEqualTo("2"));
		assertThat(errors.getText()).contains("HN-LB-XX-T99").contains("“Họ và tên” không được để trống");
		assertThat(find("#result-people .errors").getText()).contains("chưa ghi dữ liệu nào");
		assertAccessible("imports with errors");
		screenshot("imports-errors-desktop");

		open("/people?q=thoa+duyet");
		assertThat(pageText()).as("nothing written from a rejected file").contains("Không có người nào phù hợp.");

		open("/imports");
		upload(csv("corrected.csv", GOOD,
				"E2E-002,Lý Văn Kiểm,NAM,1979,KHONG,Chuyên viên,LB-PNV,HN-LB-DG-T02,LB-QU,CAN_BO_DANG_VIEN",
				"E2E-003,Đỗ Văn Duyệt,NAM,1990,KHONG,Chuyên viên,LB-PNV,HN-LB-DG-T01,LB-QU,CAN_BO_DANG_VIEN"));
		waitForText("#result-people", "Đã nhập xong: 3 bản ghi mới, 0 bản ghi cập nhật.");
		assertThat(findAll("#result-people table.import-errors")).isEmpty();
		assertAccessible("imports done");

		open("/people?q=thoa+duyet");
		assertThat(findAll("#people-rows tbody tr td:first-child a")).extracting(WebElement::getText)
			.containsExactly("Trịnh Thị Thoa Duyệt");
	}

	private Path csv(String name, String... rows) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, HEADER + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
		return file;
	}

	private void upload(Path file) {
		find("#file-people").sendKeys(file.toAbsolutePath().toString());
		find("form[action='/imports/people'] button[type=submit]").click();
	}

}
