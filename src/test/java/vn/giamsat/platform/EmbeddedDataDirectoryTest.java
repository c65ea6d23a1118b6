package vn.giamsat.platform;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.giamsat.platform.db.EmbeddedDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The run command's database keeps its rows across a restart on the same data directory.
 */
class EmbeddedDataDirectoryTest {

	@Test
	void rowsSurviveAStopAndAStartOnTheSameDirectory(@TempDir Path dir) throws Exception {
		try (EmbeddedPostgres pg = EmbeddedDatabases.builder(dir, false).start()) {
			JdbcClient jdbc = JdbcClient.create(pg.getPostgresDatabase());
			jdbc.sql("create table kept (name text)").update();
			jdbc.sql("insert into kept values ('Đức Giang')").update();
		}
		try (EmbeddedPostgres pg = EmbeddedDatabases.builder(dir, false).start()) {
			JdbcClient jdbc = JdbcClient.create(pg.getPostgresDatabase());
			assertThat(jdbc.sql("select name from kept").query(String.class).single()).isEqualTo("Đức Giang");
		}
	}

}
