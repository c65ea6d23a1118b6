package vn.giamsat.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.giamsat.GiamsatApplication;
import vn.giamsat.platform.files.FileStore;
import vn.giamsat.support.Browserless;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on one database, as behind a load balancer: a session started
 * on one continues on the other, a scheduled job's lock is held by one only, and a file
 * stored by one is read by the other. Nothing lives only in one JVM.
 */
class MultiInstanceTest {

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() {
		first = start();
		second = start();
	}

	@AfterAll
	static void stop() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(GiamsatApplication.class).profiles("test")
			.run("--server.port=0", "--spring.main.banner-mode=off");
	}

	static String base(ConfigurableApplicationContext ctx) {
		return "http://localhost:" + ((WebServerApplicationContext) ctx).getWebServer().getPort();
	}

	@Test
	void aSessionStartedOnOneInstanceContinuesOnTheOther() throws Exception {
		Browserless browser = new Browserless();
		assertThat(browser.signIn(base(first), Personas.FRONT_LONG_BIEN, Personas.PASSWORD).statusCode())
			.isEqualTo(302);
		var onSecond = browser.get(base(second) + "/people");
		assertThat(onSecond.statusCode()).isEqualTo(200);
		assertThat(onSecond.body()).contains("Trần Thị Hồng Nhung");
	}

	@Test
	void aScheduledJobsLockIsHeldByOneInstanceAtATime() {
		LockProvider a = first.getBean(LockProvider.class);
		LockProvider b = second.getBean(LockProvider.class);
		LockConfiguration config = new LockConfiguration(Instant.now(), "multi-instance-test-" + System.nanoTime(),
				Duration.ofMinutes(1), Duration.ZERO);
		Optional<SimpleLock> held = a.lock(config);
		assertThat(held).isPresent();
		assertThat(b.lock(config)).isEmpty();
		held.get().unlock();
		Optional<SimpleLock> after = b.lock(config);
		assertThat(after).isPresent();
		after.get().unlock();
	}

	@Test
	void aFileStoredByOneInstanceIsReadByTheOther() {
		byte[] content = "ảnh bảng tin".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		var id = first.getBean(FileStore.class).store("bang-tin.txt", "text/plain", content);
		assertThat(second.getBean(FileStore.class).load(id))
			.hasValueSatisfying(f -> assertThat(f.content()).isEqualTo(content));
	}

}
