package vn.giamsat.orgs.internal;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface OrganisationRepository extends ListCrudRepository<Organisation, Long> {

	Optional<Organisation> findByCode(String code);

}
