package vn.giamsat.platform.db;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The default database: a real PostgreSQL started in-process, so that "one command" runs
 * the product on a fresh machine (ADR 0001). It backs off as soon as
 * {@code spring.datasource.url} names an external server, and never runs in the
 * production profile.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!prod")
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean
	DataSource dataSource(GiamsatProperties properties) throws Exception {
		Path dir = properties.embeddedEphemeral() ? Path.of("target", "test-postgres-" + ProcessHandle.current().pid())
				: properties.dataDir().resolve("postgres");
		EmbeddedPostgres pg = EmbeddedDatabases.obtain(dir, properties.embeddedEphemeral());
		if (!properties.embeddedEphemeral()) {
			log.info("PostgreSQL nhúng đang chạy, dữ liệu tại {}", dir.toAbsolutePath());
		}
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
		config.setUsername("postgres");
		config.setMaximumPoolSize(20);
		config.setPoolName("giamsat-embedded");
		return new HikariDataSource(config);
	}

}
