package vn.sochibo.welfare.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.sochibo.fund.Contribution;
import vn.sochibo.fund.ContributorKind;
import vn.sochibo.fund.DisplayChoice;
import vn.sochibo.fund.FundDetails;
import vn.sochibo.fund.FundKind;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.HouseholdDetails;
import vn.sochibo.household.Households;
import vn.sochibo.household.PolicySubtype;
import vn.sochibo.household.StatusDetails;
import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.ward.AreaView;
import vn.sochibo.welfare.DistributionOrder;
import vn.sochibo.welfare.DistributionView;
import vn.sochibo.welfare.Distributions;
import vn.sochibo.welfare.GiftDetails;
import vn.sochibo.welfare.GiftItem;
import vn.sochibo.welfare.GiftRow;
import vn.sochibo.welfare.Gifts;
import vn.sochibo.welfare.Occasion;
import vn.sochibo.welfare.ProgramDetails;
import vn.sochibo.welfare.ProgramSource;
import vn.sochibo.welfare.ProgramView;
import vn.sochibo.welfare.WelfarePrograms;

/**
 * A ward set up for welfare tests through the services, as its staff would: households
 * with their statuses of a year, a campaign fund with money in it, programs and their
 * gifts. A test says what happened ("a poor household of area A, a program paid from the
 * fund"), not how a command is built. The program year is last year, so every day of it
 * is in the past.
 */
public final class WelfareWorld {

	private final Households households;

	private final Funds funds;

	private final Ledger ledger;

	private final WelfarePrograms programs;

	private final Distributions distributions;

	private final Gifts gifts;

	private final JdbcTemplate jdbc;

	public final TestWard ward;

	public final LocalDate today;

	/** The year of the programs: last year. */
	public final int year;

	private int householdCount;

	/**
	 * A new ward in the test application, worked on through its own services.
	 */
	public WelfareWorld(ApplicationContext context) {
		this.households = context.getBean(Households.class);
		this.funds = context.getBean(Funds.class);
		this.ledger = context.getBean(Ledger.class);
		this.programs = context.getBean(WelfarePrograms.class);
		this.distributions = context.getBean(Distributions.class);
		this.gifts = context.getBean(Gifts.class);
		this.jdbc = context.getBean(JdbcTemplate.class);
		this.ward = context.getBean(WardFixtures.class).newWard();
		this.today = LocalDate.now(context.getBean(Clock.class));
		this.year = this.today.getYear() - 1;
	}

	/**
	 * A household of the area with one status in a year (none when {@code kind} is null).
	 */
	public HouseholdDetail household(AreaView area, String headName, String address, Integer statusYear,
			StatusKind kind) {
		this.householdCount++;
		HouseholdDetail household = this.households.create(this.ward.admin(), new HouseholdDetails(null, headName,
				address, "hẻm 88", area.id(), 4, "09123456" + String.format("%02d", this.householdCount), null));
		if (kind != null) {
			this.households.addStatus(this.ward.admin(), household.id(),
					new StatusDetails(statusYear, kind,
							(kind == StatusKind.POLICY_FAMILY) ? PolicySubtype.WAR_INVALID : null, "Nghị định 07/2021",
							"QĐ 15/QĐ-UBND", null));
		}
		return household;
	}

	/**
	 * A household of the area with this status in the programs' year.
	 */
	public HouseholdDetail household(AreaView area, String headName, StatusKind kind) {
		return household(area, headName, this.householdCount + 1 + " hẻm 88 đường Ba Tháng Hai", this.year, kind);
	}

	/**
	 * A campaign fund of the whole ward holding {@code raised} đồng (one anonymous
	 * contribution).
	 */
	public FundSummary fund(String name, long raised) {
		FundSummary fund = this.funds.create(this.ward.admin(), FundKind.CAMPAIGN, new FundDetails(name,
				"Chăm lo cho bà con dịp cuối năm", null, LocalDate.of(this.year - 1, 1, 1), null, Set.of()));
		if (raised > 0) {
			this.ledger.contribute(this.ward.admin(),
					new Contribution(fund.id(), this.today, PaymentMethod.CASH, Money.of(raised),
							this.ward.areaA().id(), null, ContributorKind.PERSON, "Nhà hảo tâm giấu tên",
							DisplayChoice.ANONYMOUS, null, null));
		}
		return this.funds.get(this.ward.admin(), fund.id());
	}

	public FundSummary fundNow(Long fundId) {
		return this.funds.get(this.ward.admin(), fundId);
	}

	/**
	 * A ward-wide program of the programs' year paid by the cell, for these statuses.
	 */
	public ProgramView program(String name, StatusKind... targets) {
		return program(name, this.year, ProgramSource.CELL, null, targets);
	}

	/**
	 * A ward-wide program of the programs' year paid from a fund.
	 */
	public ProgramView fundProgram(String name, Long fundId, StatusKind... targets) {
		return program(name, this.year, ProgramSource.FUND, fundId, targets);
	}

	public ProgramView program(String name, int year, ProgramSource source, Long fundId, StatusKind... targets) {
		return this.programs.create(this.ward.admin(),
				new ProgramDetails(name, Occasion.TET, year, LocalDate.of(year, 1, 20), Set.of(targets),
						Money.of(50_000_000), source, fundId,
						(source == ProgramSource.CELL) ? this.ward.cellA().id() : null,
						(source == ProgramSource.SPONSOR) ? "Công ty Tài Trợ" : null, null, Set.of(),
						(source == ProgramSource.FUND) ? "Nguyễn Văn Duyệt" : null));
	}

	/**
	 * What every gift of a test is unless it says otherwise: one gift package of
	 * {@code value} đồng on 25 January of the programs' year.
	 */
	public GiftDetails gift(long value) {
		return new GiftDetails(GiftItem.GIFT_PACKAGE, "10 kg gạo, 1 thùng mì", 1, Money.of(value),
				LocalDate.of(this.year, 1, 25), "Người Trao Quà", null);
	}

	public DistributionView distribute(CurrentUser user, ProgramView program, long value,
			HouseholdDetail... recipients) {
		List<Long> ids = Arrays.stream(recipients).map(HouseholdDetail::id).toList();
		return this.distributions.post(user,
				new DistributionOrder(program.id(), Set.of(), Set.of(), ids, Set.copyOf(ids), gift(value)));
	}

	public GiftRow give(CurrentUser user, ProgramView program, HouseholdDetail household, long value) {
		return this.gifts.give(user, program.id(), household.code(), gift(value), true);
	}

	/**
	 * What the ward's welfare and ledger tables hold, counted in the database: equal
	 * before and after a refused request means nothing was written.
	 */
	public Rows rows() {
		Long wardId = this.ward.id();
		return new Rows(count("welfare_programs", wardId), count("welfare_gifts", wardId),
				count("welfare_distributions", wardId), count("ledger_entries", wardId),
				count("welfare_scans", wardId));
	}

	private long count(String table, Long wardId) {
		Long count = this.jdbc.queryForObject("select count(*) from " + table + " where ward_id = ?", Long.class,
				wardId);
		return (count != null) ? count : 0;
	}

	/**
	 * The rows of a ward's welfare and ledger tables.
	 */
	public record Rows(long programs, long gifts, long distributions, long ledgerEntries, long scans) {

	}

}
