package vn.sochibo.fund;

import java.time.LocalDate;

import vn.sochibo.shared.Money;

/**
 * Money spent from a fund (a command): to whom, for what, on which voucher, approved by
 * whom (always someone), in which area. With {@code householdSupport} — support to one
 * household: a house repair, a gift — the public pages show the purpose only, never the
 * payee or the area (in a small area either would all but name the household).
 */
public record Expenditure(Long fundId, LocalDate date, Money amount, String payee, String purpose, String voucherNo,
		String approver, Long areaId, boolean householdSupport) {

	/**
	 * Spending on common work (materials, a contractor): payee and area are public.
	 */
	public static Expenditure commonWork(Long fundId, LocalDate date, Money amount, String payee, String purpose,
			String voucherNo, String approver, Long areaId) {
		return new Expenditure(fundId, date, amount, payee, purpose, voucherNo, approver, areaId, false);
	}

	/**
	 * Support to a household: payee and area stay with the staff.
	 */
	public static Expenditure householdSupport(Long fundId, LocalDate date, Money amount, String payee, String purpose,
			String voucherNo, String approver, Long areaId) {
		return new Expenditure(fundId, date, amount, payee, purpose, voucherNo, approver, areaId, true);
	}

}
