package vn.sochibo.cellwork;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

	Optional<Meeting> findByIdAndWardIdAndCellId(Long id, Long wardId, Long cellId);

}
