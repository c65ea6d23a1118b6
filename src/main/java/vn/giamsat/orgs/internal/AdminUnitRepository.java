package vn.giamsat.orgs.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface AdminUnitRepository extends ListCrudRepository<AdminUnit, Long> {

	Optional<AdminUnit> findByCode(String code);

	List<AdminUnit> findByParentId(Long parentId);

}
