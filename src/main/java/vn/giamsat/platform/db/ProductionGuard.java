package vn.giamsat.platform.db;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * The production profile must never run on the embedded database or with demo accounts by
 * mistake (Keycloak's issue #14811 is the cautionary tale): it stops before anything
 * starts.
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ProductionGuard {

	@Bean
	static BeanFactoryPostProcessor refuseUnsafeProductionSettings(Environment env) {
		return beanFactory -> check(env);
	}

	static void check(Environment env) {
		String url = env.getProperty("spring.datasource.url", "");
		if (url.isBlank()) {
			throw new IllegalStateException(
					"Hồ sơ prod cần cơ sở dữ liệu PostgreSQL bên ngoài: đặt spring.datasource.url "
							+ "(ví dụ SPRING_DATASOURCE_URL=jdbc:postgresql://db:5432/giamsat).");
		}
		if (env.getProperty("giamsat.demo", Boolean.class, false)) {
			throw new IllegalStateException(
					"Hồ sơ prod không cho phép dữ liệu và tài khoản mẫu: bỏ giamsat.demo=true.");
		}
	}

}
