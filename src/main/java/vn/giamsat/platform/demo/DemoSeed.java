package vn.giamsat.platform.demo;

/**
 * A module's share of the Long Biên demo. The demo module loads the base data (units,
 * organisations, people, accounts) and then runs every {@code DemoSeed} bean, lowest
 * {@link #order()} first, in the same transaction and under the same database lock, so
 * that it never needs to know the modules and its constructor does not grow with them.
 * Only runs when {@code giamsat.demo=true}; a seed works through its module's own use
 * cases or stores and may rely on the base data and on every seed ordered before it.
 */
public interface DemoSeed {

	/** Supervision plans (the closed 2019 plan). */
	int PLANS = 100;

	/** Self-cultivation plans of the current year. */
	int CULTIVATION = 200;

	/** The 2026 place-of-residence comment campaign. */
	int RESIDENCE = 300;

	/** The current year of supervision (needs the plans). */
	int SUPERVISION = 400;

	/** Lower runs first; see the constants for the seeds that exist. */
	int order();

	/** Loads this module's demo data; called once, right after the base data. */
	void seed();

	/**
	 * Asked on later starts, when the base data is already there: whether this seed's
	 * data is missing and must be loaded now (e.g. a seed of the current year after New
	 * Year). By default a seed loads only together with the base data.
	 */
	default boolean missing() {
		return false;
	}

}
