package vn.sochibo.project;

import java.time.LocalDate;
import java.util.List;

/**
 * An update of a project's timeline (a command): what happened on a day, the progress
 * reached (optional) and photos.
 */
public record UpdateDetails(LocalDate date, String text, Integer progress, List<UploadedPhoto> photos) {

	public UpdateDetails {
		photos = (photos != null) ? List.copyOf(photos) : List.of();
	}

}
