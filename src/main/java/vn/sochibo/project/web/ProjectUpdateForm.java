package vn.sochibo.project.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * An update of the timeline with its photos (checked by the service: type by their first
 * bytes, size).
 */
public class ProjectUpdateForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate updateDate;

	@NotBlank
	@Size(max = 2000)
	private String updateText;

	@Min(0)
	@Max(100)
	private Integer updateProgress;

	private List<MultipartFile> photos = new ArrayList<>();

	public LocalDate getUpdateDate() {
		return this.updateDate;
	}

	public void setUpdateDate(LocalDate updateDate) {
		this.updateDate = updateDate;
	}

	public String getUpdateText() {
		return this.updateText;
	}

	public void setUpdateText(String updateText) {
		this.updateText = updateText;
	}

	public Integer getUpdateProgress() {
		return this.updateProgress;
	}

	public void setUpdateProgress(Integer updateProgress) {
		this.updateProgress = updateProgress;
	}

	public List<MultipartFile> getPhotos() {
		return this.photos;
	}

	public void setPhotos(List<MultipartFile> photos) {
		this.photos = photos;
	}

}
