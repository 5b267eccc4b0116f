package vn.sochibo.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import jakarta.persistence.LockModeType;

interface AnnualReportRepository extends Repository<AnnualReport, Long> {

	AnnualReport save(AnnualReport report);

	Optional<AnnualReport> findByWardIdAndCellIdAndYear(Long wardId, Long cellId, int year);

	@Query("select r from AnnualReport r where r.wardId = :wardId and r.cellId is null and r.year = :year")
	Optional<AnnualReport> findWardSummary(Long wardId, int year);

	/** Locks the report row while it is marked final (one edition at a time). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from AnnualReport r where r.id = :id")
	Optional<AnnualReport> lock(Long id);

	List<AnnualReport> findByWardIdAndCellIdIn(Long wardId, java.util.Collection<Long> cellIds);

	List<AnnualReport> findByWardIdAndCellIdIsNull(Long wardId);

}
