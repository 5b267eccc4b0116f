package vn.sochibo.fund;

import java.time.LocalDate;

import vn.sochibo.shared.Money;

/**
 * Money spent from a fund (a command): to whom, for what, on which voucher, approved by
 * whom, in which area. With {@code privateArea} the public pages never show the area (a
 * gift to one household of a small area would all but name it).
 */
public record Expenditure(Long fundId, LocalDate date, Money amount, String payee, String purpose, String voucherNo,
		String approver, Long areaId, boolean privateArea) {

	public Expenditure(Long fundId, LocalDate date, Money amount, String payee, String purpose, String voucherNo,
			String approver, Long areaId) {
		this(fundId, date, amount, payee, purpose, voucherNo, approver, areaId, false);
	}

}
