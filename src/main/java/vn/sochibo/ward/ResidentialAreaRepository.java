package vn.sochibo.ward;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ResidentialAreaRepository extends Repository<ResidentialArea, Long> {

	ResidentialArea save(ResidentialArea area);

	Optional<ResidentialArea> findByIdAndWardId(Long id, Long wardId);

	boolean existsByWardIdAndCodeIgnoreCase(Long wardId, String code);

	boolean existsByWardIdAndCodeIgnoreCaseAndIdNot(Long wardId, String code, Long id);

	@Query("""
			select new vn.sochibo.ward.AreaView(a.id, a.code, a.name, a.kind, a.validFrom, a.validTo, a.mergedIntoId, m.name,
				a.version)
			from ResidentialArea a left join ResidentialArea m on m.id = a.mergedIntoId
			where a.wardId = :wardId
			order by length(a.code), a.code""")
	List<AreaView> findViewsByWardId(Long wardId);

}
