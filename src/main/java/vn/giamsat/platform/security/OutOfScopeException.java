package vn.giamsat.platform.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * Access to something outside the caller's organisation scope: answered with 403, never
 * with data.
 */
public class OutOfScopeException extends AccessDeniedException {

	public OutOfScopeException() {
		super("error.outOfScope");
	}

}
