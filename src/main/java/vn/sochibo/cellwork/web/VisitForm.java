package vn.sochibo.cellwork.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.sochibo.cellwork.VisitDetails;
import vn.sochibo.cellwork.VisitView;
import vn.sochibo.cellwork.Visitor;

/**
 * A visit as typed: the day, up to {@value #ROWS} visitors (blank rows are left out), the
 * plan, what was praised.
 */
public class VisitForm {

	static final int ROWS = 4;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@Valid
	private List<VisitorRow> visitors = new ArrayList<>();

	@Size(max = 300)
	private String plan;

	@Size(max = 4000)
	private String praised;

	@Size(max = 2000)
	private String note;

	private Integer version;

	static VisitForm empty(LocalDate today) {
		VisitForm form = new VisitForm();
		form.date = today;
		form.fill();
		return form;
	}

	static VisitForm of(VisitView visit) {
		VisitForm form = new VisitForm();
		form.date = visit.date();
		visit.visitors().forEach((visitor) -> {
			VisitorRow row = new VisitorRow();
			row.setName(visitor.name());
			row.setPosition(visitor.position());
			row.setOrganisation(visitor.organisation());
			form.visitors.add(row);
		});
		form.plan = visit.plan();
		form.praised = visit.praised();
		form.note = visit.note();
		form.version = visit.version();
		form.fill();
		return form;
	}

	/** Blank rows up to {@value #ROWS}, for the page. */
	void fill() {
		while (this.visitors.size() < ROWS) {
			this.visitors.add(new VisitorRow());
		}
	}

	VisitDetails toDetails() {
		List<Visitor> typed = this.visitors.stream()
			.map((row) -> (row == null) ? null : new Visitor(row.getName(), row.getPosition(), row.getOrganisation()))
			.toList();
		return new VisitDetails(this.date, typed, this.plan, this.praised, this.note);
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public List<VisitorRow> getVisitors() {
		return this.visitors;
	}

	public void setVisitors(List<VisitorRow> visitors) {
		this.visitors = visitors;
	}

	public String getPlan() {
		return this.plan;
	}

	public void setPlan(String plan) {
		this.plan = plan;
	}

	public String getPraised() {
		return this.praised;
	}

	public void setPraised(String praised) {
		this.praised = praised;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	/**
	 * One visitor's row.
	 */
	public static class VisitorRow {

		@Size(max = 120)
		private String name;

		@Size(max = 200)
		private String position;

		@Size(max = 200)
		private String organisation;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getPosition() {
			return this.position;
		}

		public void setPosition(String position) {
			this.position = position;
		}

		public String getOrganisation() {
			return this.organisation;
		}

		public void setOrganisation(String organisation) {
			this.organisation = organisation;
		}

	}

}
