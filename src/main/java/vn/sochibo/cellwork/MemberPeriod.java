package vn.sochibo.cellwork;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A member's time in one cell: from the day they joined it (admitted, moved in from
 * {@code cameFrom}, or transferred from another of the ward's cells) to the day they left
 * it (to {@code wentTo}, when outside the ward).
 */
@Entity
@Table(name = "party_member_cells")
class MemberPeriod {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long wardId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "member_id")
	private PartyMember member;

	private Long cellId;

	private LocalDate validFrom;

	private LocalDate validTo;

	private String cameFrom;

	private String wentTo;

	protected MemberPeriod() {
	}

	MemberPeriod(PartyMember member, Long cellId, LocalDate validFrom, String cameFrom) {
		this.member = member;
		this.wardId = member.getWardId();
		this.cellId = cellId;
		this.validFrom = validFrom;
		this.cameFrom = cameFrom;
	}

	boolean isOpen() {
		return this.validTo == null;
	}

	boolean covers(LocalDate date) {
		return !date.isBefore(this.validFrom) && (this.validTo == null || !date.isAfter(this.validTo));
	}

	void end(LocalDate until, String wentTo) {
		this.validTo = until;
		this.wentTo = wentTo;
	}

	Long getId() {
		return this.id;
	}

	Long getCellId() {
		return this.cellId;
	}

	LocalDate getValidFrom() {
		return this.validFrom;
	}

	LocalDate getValidTo() {
		return this.validTo;
	}

	String getCameFrom() {
		return this.cameFrom;
	}

	String getWentTo() {
		return this.wentTo;
	}

}
