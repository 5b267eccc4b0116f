package vn.sochibo.fund;

import java.time.LocalDate;

import vn.sochibo.shared.Money;

/**
 * A payment against a pledge (a command); the contributor and display choice are the
 * pledge's.
 */
public record PledgePayment(Long pledgeId, LocalDate date, PaymentMethod method, Money amount, String description) {
}
