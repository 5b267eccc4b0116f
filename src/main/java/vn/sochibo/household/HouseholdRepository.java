package vn.sochibo.household;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface HouseholdRepository extends Repository<Household, Long> {

	Household save(Household household);

	Household saveAndFlush(Household household);

	void flush();

	@Query("select h from Household h left join fetch h.statuses where h.id = :id and h.wardId = :wardId")
	Optional<Household> findWithStatuses(Long id, Long wardId);

	@Query("select h.id from Household h where h.wardId = :wardId and lower(h.code) = lower(:code)")
	Optional<Long> findIdByCode(Long wardId, String code);

	List<Household> findByWardIdAndAreaId(Long wardId, Long areaId);

	@Query("select h from Household h where h.wardId = :wardId and h.id in :ids")
	List<Household> findByWardIdAndIdIn(Long wardId, java.util.Collection<Long> ids);

	boolean existsByWardIdAndCodeIgnoreCase(Long wardId, String code);

	boolean existsByWardIdAndCodeIgnoreCaseAndIdNot(Long wardId, String code, Long id);

	long countByWardIdAndAreaId(Long wardId, Long areaId);

	boolean existsByWardId(Long wardId);

}
