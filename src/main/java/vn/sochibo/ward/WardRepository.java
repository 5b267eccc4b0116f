package vn.sochibo.ward;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface WardRepository extends Repository<Ward, Long> {

	Ward save(Ward ward);

	Optional<Ward> findById(Long id);

	List<Ward> findAllByOrderByNameAsc();

	boolean existsByNameIgnoreCaseAndProvinceIgnoreCase(String name, String province);

	boolean existsByNameIgnoreCaseAndProvinceIgnoreCaseAndIdNot(String name, String province, Long id);

}
