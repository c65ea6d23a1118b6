package vn.giamsat.identity;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * After signing in an officer returns to the page they asked for, but never to an htmx
 * fragment requested while the session had expired.
 */
@IntegrationTest
class SavedRequestTest {

	@Autowired
	MockMvc mvc;

	String signInAfter(org.springframework.test.web.servlet.RequestBuilder first) throws Exception {
		// sessions live in Spring Session (JDBC): carry its cookie, as a browser does
		jakarta.servlet.http.Cookie session = mvc.perform(first).andReturn().getResponse().getCookie("SESSION");
		assertThat(session).as("the first request started a session").isNotNull();
		return mvc
			.perform(post("/login").cookie(session)
				.with(csrf())
				.param("username", Personas.FRONT_LONG_BIEN)
				.param("password", Personas.PASSWORD))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	@Test
	void aPageAskedBeforeSigningInIsWhereTheOfficerLands() throws Exception {
		assertThat(signInAfter(get("/people").param("q", "an"))).contains("/people");
	}

	@Test
	void anHtmxFragmentAskedWhileSignedOutIsNotWhereTheOfficerLands() throws Exception {
		assertThat(signInAfter(get("/people").param("q", "an").header("HX-Request", "true"))).isEqualTo("/");
	}

}
