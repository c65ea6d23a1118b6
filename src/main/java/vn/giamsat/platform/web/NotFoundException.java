package vn.giamsat.platform.web;

/** Asked for something that does not exist (or that the caller may not know exists). */
public class NotFoundException extends RuntimeException {

	public NotFoundException() {
		super("error.notFound");
	}

}
