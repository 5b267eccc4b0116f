package vn.sochibo.welfare;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface GiftRepository extends Repository<Gift, Long> {

	Gift save(Gift gift);

	Gift saveAndFlush(Gift gift);

	Optional<Gift> findByIdAndWardId(Long id, Long wardId);

	List<Gift> findByDistributionIdAndWardIdOrderById(Long distributionId, Long wardId);

	long countByProgramId(Long programId);

}
