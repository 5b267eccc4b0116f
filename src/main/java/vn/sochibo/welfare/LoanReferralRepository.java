package vn.sochibo.welfare;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface LoanReferralRepository extends Repository<LoanReferral, Long> {

	LoanReferral save(LoanReferral referral);

	LoanReferral saveAndFlush(LoanReferral referral);

	/**
	 * The referral, locked until the transaction ends: two outcomes recorded at once are
	 * checked against the version one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from LoanReferral r where r.id = :id and r.wardId = :wardId")
	Optional<LoanReferral> findForUpdate(Long id, Long wardId);

}
