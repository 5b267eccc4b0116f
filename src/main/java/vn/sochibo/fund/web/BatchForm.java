package vn.sochibo.fund.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.sochibo.fund.PaperList;
import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.shared.Money;
import vn.sochibo.submission.OneTimeForm;

/**
 * A paper list typed in (or pasted from a spreadsheet): the control count and total from
 * the paper first, then one line per contribution: "name or household code; amount;
 * display" separated by a semicolon or a tab.
 */
public class BatchForm extends OneTimeForm {

	@NotNull
	@Min(1)
	@Max(1000)
	private Integer controlCount;

	@NotNull
	private Money controlTotal;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotNull
	private PaymentMethod method = PaymentMethod.CASH;

	private Long areaId;

	@Size(max = 500)
	private String note;

	@NotBlank
	@Size(max = 200_000)
	private String lines;

	public Integer getControlCount() {
		return this.controlCount;
	}

	public void setControlCount(Integer controlCount) {
		this.controlCount = controlCount;
	}

	public Money getControlTotal() {
		return this.controlTotal;
	}

	public void setControlTotal(Money controlTotal) {
		this.controlTotal = controlTotal;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public PaymentMethod getMethod() {
		return this.method;
	}

	public void setMethod(PaymentMethod method) {
		this.method = method;
	}

	public Long getAreaId() {
		return this.areaId;
	}

	public void setAreaId(Long areaId) {
		this.areaId = areaId;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	/**
	 * The list as the batch service takes it: this form's figures and the lines as read.
	 */
	PaperList toPaperList(Long fundId, BatchLines.Parsed parsed) {
		return new PaperList(fundId, this.controlCount, this.controlTotal, this.note, this.date, this.method,
				this.areaId, parsed.lines(), parsed.problems());
	}

	public String getLines() {
		return this.lines;
	}

	public void setLines(String lines) {
		this.lines = lines;
	}

}
