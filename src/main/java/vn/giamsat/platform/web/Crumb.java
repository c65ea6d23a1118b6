package vn.giamsat.platform.web;

/** One step of the breadcrumb trail; the last one has no link. */
public record Crumb(String label, String href) {

	public static Crumb here(String label) {
		return new Crumb(label, null);
	}
}
