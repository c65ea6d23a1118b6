package vn.giamsat.platform.web;

import java.util.List;

import vn.giamsat.platform.security.AccessScope;

/**
 * Lets each module put its own counts (waiting approvals, overdue reports, requests to
 * answer) on the start page without the start page knowing the module.
 */
public interface DashboardContributor {

	/**
	 * Items for this caller, already restricted to their scope; empty when none apply.
	 */
	List<DashboardItem> items(AccessScope scope);

}
