package vn.sochibo.fund;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface FundRepository extends Repository<Fund, Long> {

	Fund save(Fund fund);

	Optional<Fund> findByIdAndWardId(Long id, Long wardId);

	boolean existsByWardIdAndNameIgnoreCase(Long wardId, String name);

	boolean existsByWardId(Long wardId);

	boolean existsByWardIdAndNameIgnoreCaseAndIdNot(Long wardId, String name, Long id);

}
