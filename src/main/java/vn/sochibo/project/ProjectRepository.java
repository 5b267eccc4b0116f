package vn.sochibo.project;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ProjectRepository extends Repository<Project, Long> {

	Project save(Project project);

	Project saveAndFlush(Project project);

	void flush();

	Optional<Project> findByIdAndWardId(Long id, Long wardId);

	Optional<Project> findById(Long id);

	/** The project a fund was created for, if it was. */
	@Query("select p.id from Project p where p.fundId = :fundId")
	Optional<Long> findIdByFundId(Long fundId);

	/**
	 * The project, locked until the transaction ends: changes to its meetings, board and
	 * timeline are serialized (the board's limit of five holds under concurrent adds).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Project p where p.id = :id and p.wardId = :wardId")
	Optional<Project> findForUpdate(Long id, Long wardId);

}
