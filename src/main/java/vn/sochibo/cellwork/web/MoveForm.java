package vn.sochibo.cellwork.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.sochibo.cellwork.MemberState;

/**
 * A member leaving their cell: to another of the ward's cells ({@code cellId}), out of
 * the ward ({@code MOVED_OUT} to {@code wentTo}), or died ({@code DIED}).
 */
public class MoveForm {

	/** Null with a cell: a transfer within the ward. */
	private MemberState state;

	private Long cellId;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@Size(max = 200)
	private String wentTo;

	private Integer version;

	public MemberState getState() {
		return this.state;
	}

	public void setState(MemberState state) {
		this.state = state;
	}

	public Long getCellId() {
		return this.cellId;
	}

	public void setCellId(Long cellId) {
		this.cellId = cellId;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public String getWentTo() {
		return this.wentTo;
	}

	public void setWentTo(String wentTo) {
		this.wentTo = wentTo;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
