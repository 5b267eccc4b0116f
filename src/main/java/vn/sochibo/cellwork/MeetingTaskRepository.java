package vn.sochibo.cellwork;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingTaskRepository extends JpaRepository<MeetingTask, Long> {

	Optional<MeetingTask> findByIdAndWardIdAndCellId(Long id, Long wardId, Long cellId);

	List<MeetingTask> findByMeetingIdOrderById(Long meetingId);

}
