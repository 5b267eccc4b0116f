package vn.sochibo.cellwork;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ActivityRepository extends Repository<Activity, Long> {

	Activity save(Activity activity);

	void flush();

	Optional<Activity> findByIdAndWardIdAndCellId(Long id, Long wardId, Long cellId);

}
