package vn.sochibo.ward;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface PartyCellRepository extends Repository<PartyCell, Long> {

	PartyCell save(PartyCell cell);

	@Query("select c from PartyCell c left join fetch c.areas where c.id = :id and c.wardId = :wardId")
	Optional<PartyCell> findByIdAndWardId(Long id, Long wardId);

	@Query("select distinct c from PartyCell c left join fetch c.areas where c.wardId = :wardId order by c.name")
	List<PartyCell> findAllWithAreasByWardId(Long wardId);

	boolean existsByWardIdAndNameIgnoreCase(Long wardId, String name);

	boolean existsByWardIdAndNameIgnoreCaseAndIdNot(Long wardId, String name, Long id);

}
