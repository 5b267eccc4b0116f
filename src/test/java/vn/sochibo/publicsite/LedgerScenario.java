package vn.sochibo.publicsite;

import java.time.LocalDate;
import java.util.Set;

import vn.sochibo.fund.Contribution;
import vn.sochibo.fund.ContributorKind;
import vn.sochibo.fund.DisplayChoice;
import vn.sochibo.fund.Expenditure;
import vn.sochibo.fund.FundDetails;
import vn.sochibo.fund.FundKind;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.LedgerEntry;
import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.fund.PledgePayment;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.shared.Money;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.ward.AreaView;

/**
 * Posts a fund's entries through the services, as officers would, for tests of the public
 * ledger: a test says what happened ("an anonymous gift of 500.000 đ in area A"), not how
 * a command is built.
 */
public final class LedgerScenario {

	private final Funds funds;

	private final Ledger ledger;

	private final TestWard ward;

	private final LocalDate today;

	private FundSummary fund;

	public LedgerScenario(Funds funds, Ledger ledger, TestWard ward, LocalDate today) {
		this.funds = funds;
		this.ledger = ledger;
		this.ward = ward;
		this.today = today;
	}

	public LedgerScenario fund(String name, Long target) {
		this.fund = this.funds.create(this.ward.admin(), FundKind.CAMPAIGN,
				new FundDetails(name, "Bê tông hóa hẻm cho bà con đi lại", (target != null) ? Money.of(target) : null,
						LocalDate.of(2025, 1, 1), null, Set.of()));
		return this;
	}

	public FundSummary summary() {
		return this.funds.publicGet(this.fund.id());
	}

	public Long fundId() {
		return this.fund.id();
	}

	public LedgerEntry anonymous(long amount, AreaView area) {
		return anonymousOn(this.today, amount, area);
	}

	public LedgerEntry anonymousOn(LocalDate date, long amount, AreaView area) {
		return this.ledger.contribute(this.ward.admin(), new Contribution(this.fund.id(), date, PaymentMethod.CASH,
				Money.of(amount), area.id(), null, null, null, DisplayChoice.ANONYMOUS, null, null));
	}

	public LedgerEntry named(String name, long amount, AreaView area) {
		return namedOn(this.today, name, amount, area, PaymentMethod.CASH);
	}

	public LedgerEntry namedOn(LocalDate date, String name, long amount, AreaView area, PaymentMethod method) {
		return this.ledger.contribute(this.ward.admin(),
				new Contribution(this.fund.id(), date, method, Money.of(amount), area.id(), null,
						ContributorKind.PERSON, name, DisplayChoice.FULL_NAME, null,
						method.needsDescription() ? "10 bao xi măng" : null));
	}

	public LedgerEntry person(String name, DisplayChoice display, long amount, AreaView area) {
		return this.ledger.contribute(this.ward.admin(),
				new Contribution(this.fund.id(), this.today, PaymentMethod.BANK_TRANSFER, Money.of(amount), area.id(),
						null, ContributorKind.PERSON, name, display, null, null));
	}

	public LedgerEntry household(HouseholdDetail household, DisplayChoice display, long amount) {
		return this.ledger.contribute(this.ward.officer(), new Contribution(this.fund.id(), this.today,
				PaymentMethod.CASH, Money.of(amount), null, household.id(), null, null, display, "ông", null));
	}

	public LedgerEntry pledge(String name, DisplayChoice display, long amount, AreaView area) {
		return this.ledger.pledge(this.ward.admin(), new Contribution(this.fund.id(), this.today, null,
				Money.of(amount), area.id(), null, ContributorKind.BUSINESS, name, display, null, null));
	}

	public LedgerEntry pay(LedgerEntry pledge, long amount) {
		return this.ledger.payPledge(this.ward.admin(),
				new PledgePayment(pledge.id(), this.today, PaymentMethod.BANK_TRANSFER, Money.of(amount), null));
	}

	public LedgerEntry spend(long amount, String payee, String purpose, String approver) {
		return this.ledger.spend(this.ward.admin(), Expenditure.commonWork(this.fund.id(), this.today, Money.of(amount),
				payee, purpose, "PC-" + amount, approver, this.ward.areaA().id()));
	}

	public LedgerEntry reverse(LedgerEntry entry, String reason) {
		return this.ledger.reverse(this.ward.admin(), entry.id(), reason);
	}

}
