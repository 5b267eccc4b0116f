package vn.sochibo.fund.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.shared.Money;
import vn.sochibo.submission.OneTimeForm;

/**
 * A payment against a pledge.
 */
public class PaymentForm extends OneTimeForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotNull
	private PaymentMethod method = PaymentMethod.CASH;

	@NotNull
	private Money amount;

	@Size(max = 500)
	private String description;

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

	public Money getAmount() {
		return this.amount;
	}

	public void setAmount(Money amount) {
		this.amount = amount;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
