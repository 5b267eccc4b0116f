package vn.sochibo.household;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface StatusProposalRepository extends Repository<StatusProposal, Long> {

	StatusProposal save(StatusProposal proposal);

	Optional<StatusProposal> findByIdAndWardId(Long id, Long wardId);

	List<StatusProposal> findByStatusId(Long statusId);

}
