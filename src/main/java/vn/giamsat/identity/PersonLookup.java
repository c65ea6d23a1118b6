package vn.giamsat.identity;

import java.util.Optional;

/**
 * How identity finds the person behind a cadre's account without depending on the people
 * module (which sits above it): people implements this.
 */
public interface PersonLookup {

	Optional<Long> personIdByCode(String code);

}
