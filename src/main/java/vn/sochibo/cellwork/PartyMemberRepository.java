package vn.sochibo.cellwork;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface PartyMemberRepository extends Repository<PartyMember, Long> {

	PartyMember save(PartyMember member);

	void flush();

	@Query("select distinct m from PartyMember m left join fetch m.periods where m.id = :id and m.wardId = :wardId")
	Optional<PartyMember> findByIdAndWardId(Long id, Long wardId);

}
