package vn.sochibo.imports.web;

import org.springframework.web.multipart.MultipartFile;

import vn.sochibo.imports.ImportKind;

/**
 * The upload form: what is imported, the year of the household statuses, the cell whose
 * members a members' file lists, the file, and the confirmation that a file imported
 * before is meant to be checked again.
 */
public class UploadForm {

	private ImportKind kind = ImportKind.HOUSEHOLDS;

	private Integer year;

	private Long cell;

	private MultipartFile file;

	private boolean confirmDuplicate;

	public ImportKind getKind() {
		return this.kind;
	}

	public void setKind(ImportKind kind) {
		this.kind = kind;
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public Long getCell() {
		return this.cell;
	}

	public void setCell(Long cell) {
		this.cell = cell;
	}

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	public boolean isConfirmDuplicate() {
		return this.confirmDuplicate;
	}

	public void setConfirmDuplicate(boolean confirmDuplicate) {
		this.confirmDuplicate = confirmDuplicate;
	}

}
