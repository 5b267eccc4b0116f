package vn.sochibo.project;

import java.time.LocalDate;
import java.util.List;

/**
 * An update of the timeline with the ids of its photos.
 */
public record UpdateView(Long id, LocalDate date, String text, Integer progress, String recordedBy,
		List<Long> photoIds) {
}
