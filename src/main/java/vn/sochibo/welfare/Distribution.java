package vn.sochibo.welfare;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.sochibo.shared.Money;

/**
 * One posting of gifts to many households at once (đợt trao quà): the same item, quantity
 * and value for every household chosen, on one day. Its gifts point back at it; the
 * signing list is printed from it. Never changed after posting, except the scan of the
 * signed list.
 */
@Entity
@Table(name = "welfare_distributions")
class Distribution {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long wardId;

	private Long programId;

	private LocalDate giftDate;

	@Enumerated(EnumType.STRING)
	private GiftItem item;

	private String itemNote;

	private Integer quantity;

	private BigDecimal unitValue;

	private String deliveredBy;

	private String selection;

	private Integer giftCount;

	private BigDecimal total;

	private Long scanId;

	private String postedBy;

	private Instant postedAt;

	protected Distribution() {
	}

	Distribution(Long wardId, Long programId, GiftDetails details, String selection, int giftCount, String postedBy,
			Instant postedAt) {
		this.wardId = wardId;
		this.programId = programId;
		this.giftDate = details.date();
		this.item = details.item();
		this.itemNote = details.itemNote();
		this.quantity = details.quantity();
		this.unitValue = details.value().amount();
		this.deliveredBy = details.deliveredBy();
		this.selection = selection;
		this.giftCount = giftCount;
		this.total = details.value().times(giftCount).amount();
		this.postedBy = postedBy;
		this.postedAt = postedAt;
	}

	void attachScan(Long scanId) {
		this.scanId = scanId;
	}

	DistributionView toView(String programName) {
		return new DistributionView(this.id, this.programId, programName, this.giftDate, this.item, this.itemNote,
				this.quantity, Money.of(this.unitValue), this.deliveredBy, this.selection, this.giftCount,
				Money.of(this.total), this.scanId, this.postedBy, this.postedAt);
	}

	Long getId() {
		return this.id;
	}

	Long getProgramId() {
		return this.programId;
	}

	LocalDate getGiftDate() {
		return this.giftDate;
	}

}
