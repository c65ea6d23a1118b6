package vn.giamsat.identity.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A production database that somehow holds demo accounts (say, copied from a trial) must
 * not go live with their published password: the application refuses to start until they
 * are removed.
 */
@Component
@Profile("prod")
@Order(-1)
class NoDemoAccountsInProduction implements ApplicationRunner {

	private final JdbcClient jdbc;

	NoDemoAccountsInProduction(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		long demo = jdbc.sql("select count(*) from user_account where demo").query(Long.class).single();
		if (demo > 0) {
			throw new IllegalStateException("Hồ sơ prod không chạy khi còn " + demo
					+ " tài khoản mẫu trong cơ sở dữ liệu: xóa chúng (delete from user_account where demo) rồi khởi động lại.");
		}
	}

}
