package vn.giamsat.platform.web;

/** Implemented by the signed-in principal so the layout can greet the user by name. */
public interface DisplayNamed {

	String displayName();

}
