package vn.giamsat.citizenreports;

/** Who reported, as typed; stored only sealed. */
public record Reporter(String name, String phone, String address) {

	public static final Reporter NONE = new Reporter(null, null, null);

}
