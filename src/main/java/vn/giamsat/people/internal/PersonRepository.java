package vn.giamsat.people.internal;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface PersonRepository extends ListCrudRepository<Person, Long> {

	Optional<Person> findByCode(String code);

}
