package vn.sochibo.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.sochibo.shared.Money;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.VietnameseDates;

/**
 * A fund: what money is raised into — one per project, or a campaign — with a purpose, an
 * optional target, a period and the areas it collects in (none: the whole ward). Its
 * running totals and chain head are written only by {@link Ledger}, under a row lock, and
 * are read-only here.
 */
@Entity
@Table(name = "funds")
class Fund {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long wardId;

	@Enumerated(EnumType.STRING)
	private FundKind kind;

	private String name;

	private String purpose;

	private BigDecimal target;

	private LocalDate startsOn;

	private LocalDate endsOn;

	@ElementCollection
	@CollectionTable(name = "fund_areas", joinColumns = @JoinColumn(name = "fund_id"))
	private Set<FundArea> areas = new HashSet<>();

	@Version
	private Integer version;

	protected Fund() {
	}

	Fund(Long wardId, FundKind kind, FundDetails details) {
		this.wardId = wardId;
		this.kind = kind;
		apply(details);
	}

	void apply(FundDetails details) {
		if (details.endsOn() != null && details.endsOn().isBefore(details.startsOn())) {
			throw new RuleViolationException("endsOn", "fund.endsOn.beforeStart");
		}
		if (details.target() != null && !details.target().isPositive()) {
			throw new RuleViolationException("target", "fund.target.positive");
		}
		if (details.target() != null && details.target().compareTo(Ledger.MAX_AMOUNT) > 0) {
			throw new RuleViolationException("target", "fund.target.tooLarge", Ledger.MAX_AMOUNT.toString());
		}
		this.name = details.name();
		this.purpose = details.purpose();
		this.target = (details.target() != null) ? details.target().amount() : null;
		this.startsOn = details.startsOn();
		this.endsOn = details.endsOn();
		this.areas.clear();
		details.areaIds().forEach((areaId) -> this.areas.add(new FundArea(this.wardId, areaId)));
	}

	/**
	 * A project fund follows its project: the project's name, and its planned total as
	 * the target (none when nothing is planned).
	 */
	void followProject(String name, Money target) {
		if (target != null && target.compareTo(Ledger.MAX_AMOUNT) > 0) {
			throw new RuleViolationException("target", "fund.target.tooLarge", Ledger.MAX_AMOUNT.toString());
		}
		this.name = name;
		this.target = (target != null && target.isPositive()) ? target.amount() : null;
	}

	/**
	 * Moves the fund's start back to {@code date} when that is earlier (never forward:
	 * entries may already be dated from the start).
	 */
	void startNoLaterThan(LocalDate date) {
		if (date != null && date.isBefore(this.startsOn)) {
			this.startsOn = date;
		}
	}

	LocalDate getStartsOn() {
		return this.startsOn;
	}

	String getName() {
		return this.name;
	}

	BigDecimal getTarget() {
		return this.target;
	}

	Map<String, String> auditState() {
		Map<String, String> state = new LinkedHashMap<>();
		state.put("name", this.name);
		state.put("purpose", this.purpose);
		state.put("target", (this.target != null) ? Money.of(this.target).toString() : null);
		state.put("startsOn", VietnameseDates.format(this.startsOn));
		state.put("endsOn", VietnameseDates.format(this.endsOn));
		return state;
	}

	Set<Long> areaIds() {
		return this.areas.stream().map(FundArea::getAreaId).collect(Collectors.toSet());
	}

	Long getId() {
		return this.id;
	}

	Long getWardId() {
		return this.wardId;
	}

	FundKind getKind() {
		return this.kind;
	}

	Integer getVersion() {
		return this.version;
	}

	/**
	 * An area a fund collects in.
	 */
	@Embeddable
	static class FundArea {

		private Long wardId;

		@Column(name = "area_id")
		private Long areaId;

		protected FundArea() {
		}

		FundArea(Long wardId, Long areaId) {
			this.wardId = wardId;
			this.areaId = areaId;
		}

		Long getAreaId() {
			return this.areaId;
		}

		@Override
		public boolean equals(Object obj) {
			return (obj instanceof FundArea other) && this.areaId.equals(other.areaId);
		}

		@Override
		public int hashCode() {
			return this.areaId.hashCode();
		}

	}

}
