package vn.sochibo.fund;

import java.time.LocalDate;

import vn.sochibo.shared.Money;

/**
 * Money spent from a fund (a command): to whom, for what, on which voucher, approved by
 * whom.
 */
public record Expenditure(Long fundId, LocalDate date, Money amount, String payee, String purpose, String voucherNo,
		String approver, Long areaId) {
}
