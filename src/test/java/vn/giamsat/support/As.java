package vn.giamsat.support;

import java.util.Map;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Request post-processors that act as a persona: signed in on pages, HTTP Basic on the
 * API.
 */
public final class As {

	private static final Map<String, String> ROLES = Map.ofEntries(Map.entry(Personas.ADMIN, "SYSTEM_ADMIN"),
			Map.entry(Personas.FRONT_LONG_BIEN, "FRONT_OFFICER"), Map.entry(Personas.FRONT_VIET_HUNG, "FRONT_OFFICER"),
			Map.entry(Personas.WOMENS_UNION, "MEMBER_ORG_OFFICER"),
			Map.entry(Personas.FRONT_WORK_COMMITTEE, "FRONT_WORK_COMMITTEE"),
			Map.entry(Personas.FRONT_WORK_COMMITTEE_VIET_HUNG, "FRONT_WORK_COMMITTEE"),
			Map.entry(Personas.PROPAGANDA, "PROPAGANDA_OFFICER"),
			Map.entry(Personas.PARTY_COMMITTEE, "PARTY_COMMITTEE_OFFICER"),
			Map.entry(Personas.PARTY_CELL, "PARTY_CELL_OFFICER"), Map.entry(Personas.CADRE, "CADRE"),
			Map.entry(Personas.LEADER, "LEADER"));

	private As() {
	}

	/**
	 * A page request by the persona, as after a form sign-in (the scope is read from the
	 * database).
	 */
	public static RequestPostProcessor page(String persona) {
		return user(persona).roles(ROLES.get(persona));
	}

	/** An API request with the persona's real credentials through HTTP Basic. */
	public static RequestPostProcessor api(String persona) {
		return httpBasic(persona, Personas.passwordOf(persona));
	}

	public static String role(String persona) {
		return ROLES.get(persona);
	}

}
