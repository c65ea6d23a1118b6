package vn.giamsat;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * giamsat: community supervision of the ethics and self-cultivation of cadres and party
 * members by the Vietnam Fatherland Front, its member organisations and residents.
 */
// Beans are named by their fully qualified class name: modules may each have an
// internal OpinionStore without colliding.
@SpringBootApplication(nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
@ConfigurationPropertiesScan
@EnableScheduling
public class GiamsatApplication {

	/**
	 * The product's one time zone: deadlines, dates on documents and "today" are
	 * Vietnamese.
	 */
	public static final String ZONE = "Asia/Ho_Chi_Minh";

	public static void main(String[] args) {
		TimeZone.setDefault(TimeZone.getTimeZone(ZONE));
		SpringApplication.run(GiamsatApplication.class, args);
	}

}
