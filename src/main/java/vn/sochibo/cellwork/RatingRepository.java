package vn.sochibo.cellwork;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RatingRepository extends JpaRepository<Rating, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Rating r where r.wardId = :wardId and r.cellId = :cellId and r.year = :year"
			+ " and r.memberId is null")
	Optional<Rating> lockCell(Long wardId, Long cellId, int year);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Rating r where r.wardId = :wardId and r.memberId = :memberId and r.year = :year")
	Optional<Rating> lockMember(Long wardId, Long memberId, int year);

	/** The cell's ratings of the year (its own and its members'), with their steps. */
	@Query("select distinct r from Rating r left join fetch r.steps where r.wardId = :wardId and r.cellId = :cellId"
			+ " and r.year = :year")
	List<Rating> ofCellYear(Long wardId, Long cellId, int year);

	/** A member's ratings of every year, with their steps, newest first. */
	@Query("select distinct r from Rating r left join fetch r.steps where r.wardId = :wardId"
			+ " and r.memberId = :memberId order by r.year desc")
	List<Rating> ofMember(Long wardId, Long memberId);

	/** The cell's own ratings of every year, with their steps, newest first. */
	@Query("select distinct r from Rating r left join fetch r.steps where r.wardId = :wardId and r.cellId = :cellId"
			+ " and r.memberId is null order by r.year desc")
	List<Rating> cellHistory(Long wardId, Long cellId);

}
