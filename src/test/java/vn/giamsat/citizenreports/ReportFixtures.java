package vn.giamsat.citizenreports;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Small builders for report tests: reports in the new Việt Hưng ward (received by
 * {@code mttq.viethung}), the people they concern, and requests from a given address.
 */
final class ReportFixtures {

	static final String WARD = "HN-P-VH";

	private ReportFixtures() {
	}

	static NewReport anonymous(String content) {
		return new NewReport("PHAN_ANH", WARD, null, "Nguyễn Văn Bê", "Tổ trưởng tổ dân phố", content, true, null,
				List.of(), Channel.PORTAL);
	}

	static NewReport identified(String classification, String subjectCode, String content) {
		return new NewReport(classification, WARD, subjectCode, subjectCode == null ? "Trần Văn Cê" : null, null,
				content, false, new Reporter("Lê Thị Đào", "0912345678", "Số 7 ngõ 12 Ngọc Lâm"), List.of(),
				Channel.PORTAL);
	}

	/** The code of the person holding the position in the organisation. */
	static String personCode(JdbcClient jdbc, String organisationCode, String position) {
		return jdbc.sql("""
				select p.code from person p join organisation o on o.id = p.workplace_id
				where o.code = ? and p.position_title = ? order by p.id limit 1""")
			.params(organisationCode, position)
			.query(String.class)
			.single();
	}

	static RequestPostProcessor from(String address) {
		return r -> {
			r.setRemoteAddr(address);
			return r;
		};
	}

	static void signInAs(String username, String role) {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
					List.of(new SimpleGrantedAuthority("ROLE_" + role))));
	}

	static void signOut() {
		SecurityContextHolder.clearContext();
	}

}
