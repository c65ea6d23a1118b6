package vn.giamsat.support;

/** The demo accounts (README), one per role, reused by tests as named personas. */
public final class Personas {

	public static final String PASSWORD = "Demo@2026giamsat";

	public static final String ADMIN = "admin";

	public static final String ADMIN_PASSWORD = "Admin@test-2026!";

	/** Front Standing Committee officer of the former Long Biên district. */
	public static final String FRONT_LONG_BIEN = "mttq.longbien";

	/** Front Standing Committee officer of the new Việt Hưng ward (from 1/7/2025). */
	public static final String FRONT_VIET_HUNG = "mttq.viethung";

	public static final String WOMENS_UNION = "hoiphunu.longbien";

	/**
	 * Front work committee of group 1 of the former Đức Giang ward (ended 30/06/2025):
	 * the history of that group.
	 */
	public static final String FRONT_WORK_COMMITTEE = "bctmt.ducgiang.t01";

	/**
	 * Front work committee of group HN-P-VH-T01 of the new Việt Hưng ward, valid today:
	 * enters current citizens' reports of its group.
	 */
	public static final String FRONT_WORK_COMMITTEE_VIET_HUNG = "bctmt.viethung.t01";

	public static final String PROPAGANDA = "tuyengiao.longbien";

	public static final String PARTY_COMMITTEE = "quanuy.longbien";

	public static final String PARTY_CELL = "chibo.ducgiang.t01";

	public static final String CADRE = "canbo.demo";

	public static final String CADRE_PERSON_CODE = "LB-CB-001";

	public static final String LEADER = "lanhdao.hanoi";

	private Personas() {
	}

	public static String passwordOf(String username) {
		return ADMIN.equals(username) ? ADMIN_PASSWORD : PASSWORD;
	}

}
