package vn.sochibo.welfare.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.sochibo.shared.Money;
import vn.sochibo.welfare.GiftDetails;
import vn.sochibo.welfare.GiftItem;
import vn.sochibo.submission.OneTimeForm;

/**
 * What is given, as a form shows it: the fields a single gift and a distribution share.
 */
public class GiftFields extends OneTimeForm {

	@NotNull
	private GiftItem item;

	@Size(max = 200)
	private String itemNote;

	@NotNull
	private Integer quantity = 1;

	@NotNull
	private Money value;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotBlank
	@Size(max = 120)
	private String deliveredBy;

	GiftDetails toDetails(String memberName) {
		return new GiftDetails(this.item, this.itemNote, this.quantity, this.value, this.date, this.deliveredBy,
				memberName);
	}

	public GiftItem getItem() {
		return this.item;
	}

	public void setItem(GiftItem item) {
		this.item = item;
	}

	public String getItemNote() {
		return this.itemNote;
	}

	public void setItemNote(String itemNote) {
		this.itemNote = itemNote;
	}

	public Integer getQuantity() {
		return this.quantity;
	}

	public void setQuantity(Integer quantity) {
		this.quantity = quantity;
	}

	public Money getValue() {
		return this.value;
	}

	public void setValue(Money value) {
		this.value = value;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public String getDeliveredBy() {
		return this.deliveredBy;
	}

	public void setDeliveredBy(String deliveredBy) {
		this.deliveredBy = deliveredBy;
	}

}
