package vn.sochibo.welfare;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface DistributionRepository extends Repository<Distribution, Long> {

	Distribution save(Distribution distribution);

	Optional<Distribution> findByIdAndWardId(Long id, Long wardId);

	List<Distribution> findByProgramIdAndWardIdOrderByGiftDateDescIdDesc(Long programId, Long wardId);

}
