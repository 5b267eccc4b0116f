package vn.sochibo.cellwork;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A series of a cell's activities (e.g. "3 cùng" every month) whose figures are summed.
 */
@Entity
@Table(name = "activity_series")
class ActivitySeries {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long wardId;

	private Long cellId;

	private String title;

	@Version
	private Integer version;

	protected ActivitySeries() {
	}

	ActivitySeries(Long wardId, Long cellId, String title) {
		this.wardId = wardId;
		this.cellId = cellId;
		this.title = title;
	}

	Long getId() {
		return this.id;
	}

	Long getWardId() {
		return this.wardId;
	}

	Long getCellId() {
		return this.cellId;
	}

	String getTitle() {
		return this.title;
	}

}
