package vn.sochibo.welfare;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface GiftRepository extends Repository<Gift, Long> {

	Gift save(Gift gift);

	Gift saveAndFlush(Gift gift);

	Optional<Gift> findByIdAndWardId(Long id, Long wardId);

	List<Gift> findByDistributionIdAndWardIdOrderById(Long distributionId, Long wardId);

	long countByProgramId(Long programId);

	/** The date of the program's first gift (cancelled ones too); null: none. */
	@Query("select min(g.giftDate) from Gift g where g.programId = :programId")
	LocalDate firstGiftDate(Long programId);

}
