package vn.sochibo.cellwork.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.sochibo.cellwork.BulkProposal;
import vn.sochibo.cellwork.RatingLevel;

/**
 * The quick proposal of many members of a cell for a year: one row per member who has
 * assessed themselves; a row left empty is skipped.
 */
public class ProposalsForm {

	@NotNull
	private Integer year;

	@Valid
	private List<Row> rows = new ArrayList<>();

	List<BulkProposal> toProposals() {
		return this.rows.stream()
			.map((row) -> new BulkProposal(row.getMemberId(), row.getScore(), row.getLevel(), row.getVersion()))
			.toList();
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public List<Row> getRows() {
		return this.rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	/**
	 * One member's proposal.
	 */
	public static class Row {

		@NotNull
		private Long memberId;

		private Integer score;

		private RatingLevel level;

		private Integer version;

		public Long getMemberId() {
			return this.memberId;
		}

		public void setMemberId(Long memberId) {
			this.memberId = memberId;
		}

		public Integer getScore() {
			return this.score;
		}

		public void setScore(Integer score) {
			this.score = score;
		}

		public RatingLevel getLevel() {
			return this.level;
		}

		public void setLevel(RatingLevel level) {
			this.level = level;
		}

		public Integer getVersion() {
			return this.version;
		}

		public void setVersion(Integer version) {
			this.version = version;
		}

	}

}
