package vn.sochibo.cellwork;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ActivitySeriesRepository extends Repository<ActivitySeries, Long> {

	ActivitySeries save(ActivitySeries series);

	Optional<ActivitySeries> findByIdAndWardIdAndCellId(Long id, Long wardId, Long cellId);

}
