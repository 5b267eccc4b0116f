package vn.sochibo.welfare;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface WelfareProgramRepository extends Repository<WelfareProgram, Long> {

	WelfareProgram save(WelfareProgram program);

	WelfareProgram saveAndFlush(WelfareProgram program);

	Optional<WelfareProgram> findByIdAndWardId(Long id, Long wardId);

	/**
	 * The program, locked until the transaction ends: gifts to it are recorded one
	 * posting at a time, so two officials cannot both give a household its first gift.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from WelfareProgram p where p.id = :id and p.wardId = :wardId")
	Optional<WelfareProgram> findForUpdate(Long id, Long wardId);

	boolean existsByWardIdAndYearAndNameIgnoreCase(Long wardId, Integer year, String name);

	boolean existsByWardIdAndYearAndNameIgnoreCaseAndIdNot(Long wardId, Integer year, String name, Long id);

}
