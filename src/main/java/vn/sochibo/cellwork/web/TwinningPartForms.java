package vn.sochibo.cellwork.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.sochibo.cellwork.JointActivity;
import vn.sochibo.cellwork.ProgressEntry;
import vn.sochibo.cellwork.TargetDetails;
import vn.sochibo.cellwork.TwinningTargetKind;

/**
 * The forms of a twinning's page: a target, a progress entry, a joint activity, a linked
 * welfare program.
 */
final class TwinningPartForms {

	private TwinningPartForms() {
	}

	public static class TargetForm {

		@NotBlank
		@Size(max = 500)
		private String description;

		@NotBlank
		@Size(max = 60)
		private String measure;

		@NotNull
		private Integer targetValue;

		@NotNull
		private TwinningTargetKind kind = TwinningTargetKind.ENTERED;

		private Integer baselineYear;

		private Set<Long> areaIds = new LinkedHashSet<>();

		TargetDetails toDetails() {
			return new TargetDetails(this.description, this.measure, this.targetValue, this.kind, this.baselineYear,
					this.areaIds);
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public String getMeasure() {
			return this.measure;
		}

		public void setMeasure(String measure) {
			this.measure = measure;
		}

		public Integer getTargetValue() {
			return this.targetValue;
		}

		public void setTargetValue(Integer targetValue) {
			this.targetValue = targetValue;
		}

		public TwinningTargetKind getKind() {
			return this.kind;
		}

		public void setKind(TwinningTargetKind kind) {
			this.kind = kind;
		}

		public Integer getBaselineYear() {
			return this.baselineYear;
		}

		public void setBaselineYear(Integer baselineYear) {
			this.baselineYear = baselineYear;
		}

		public Set<Long> getAreaIds() {
			return this.areaIds;
		}

		public void setAreaIds(Set<Long> areaIds) {
			this.areaIds = areaIds;
		}

	}

	public static class ProgressForm {

		private Long targetId;

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate date;

		@NotNull
		private Integer value;

		@Size(max = 1000)
		private String note;

		ProgressEntry toEntry() {
			return new ProgressEntry(this.date, this.value, this.note);
		}

		public Long getTargetId() {
			return this.targetId;
		}

		public void setTargetId(Long targetId) {
			this.targetId = targetId;
		}

		public LocalDate getDate() {
			return this.date;
		}

		public void setDate(LocalDate date) {
			this.date = date;
		}

		public Integer getValue() {
			return this.value;
		}

		public void setValue(Integer value) {
			this.value = value;
		}

		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = note;
		}

	}

	public static class ActivityForm {

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate date;

		@NotBlank
		@Size(max = 300)
		private String title;

		@Size(max = 2000)
		private String note;

		private Integer people;

		JointActivity toActivity() {
			return new JointActivity(this.date, this.title, this.note, this.people);
		}

		public LocalDate getDate() {
			return this.date;
		}

		public void setDate(LocalDate date) {
			this.date = date;
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		public Integer getPeople() {
			return this.people;
		}

		public void setPeople(Integer people) {
			this.people = people;
		}

	}

	public static class ProgramForm {

		@NotNull
		private Long programId;

		public Long getProgramId() {
			return this.programId;
		}

		public void setProgramId(Long programId) {
			this.programId = programId;
		}

	}

}
