package vn.sochibo.cellwork.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An agenda item with the summary of the discussion and the chair's conclusion.
 */
public class AgendaForm {

	@NotBlank
	@Size(max = 300)
	private String title;

	@Size(max = 4000)
	private String discussion;

	@Size(max = 4000)
	private String conclusion;

	private Integer version;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDiscussion() {
		return this.discussion;
	}

	public void setDiscussion(String discussion) {
		this.discussion = discussion;
	}

	public String getConclusion() {
		return this.conclusion;
	}

	public void setConclusion(String conclusion) {
		this.conclusion = conclusion;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
