package vn.sochibo.cellwork.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.sochibo.cellwork.ResolutionKind;

/**
 * A resolution or conclusion with its votes (all three, or none).
 */
public class ResolutionForm {

	@NotNull
	private ResolutionKind kind;

	@NotBlank
	@Size(max = 4000)
	private String content;

	@Min(0)
	@Max(100000)
	private Integer votesFor;

	@Min(0)
	@Max(100000)
	private Integer votesAgainst;

	@Min(0)
	@Max(100000)
	private Integer votesAbstain;

	private Integer version;

	public ResolutionKind getKind() {
		return this.kind;
	}

	public void setKind(ResolutionKind kind) {
		this.kind = kind;
	}

	public String getContent() {
		return this.content;
	}

	public void setContent(String content) {
		this.content = content;
	}

	public Integer getVotesFor() {
		return this.votesFor;
	}

	public void setVotesFor(Integer votesFor) {
		this.votesFor = votesFor;
	}

	public Integer getVotesAgainst() {
		return this.votesAgainst;
	}

	public void setVotesAgainst(Integer votesAgainst) {
		this.votesAgainst = votesAgainst;
	}

	public Integer getVotesAbstain() {
		return this.votesAbstain;
	}

	public void setVotesAbstain(Integer votesAbstain) {
		this.votesAbstain = votesAbstain;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
