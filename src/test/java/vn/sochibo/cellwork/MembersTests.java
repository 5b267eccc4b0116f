package vn.sochibo.cellwork;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import vn.sochibo.shared.OutOfScopeException;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.MemberFixtures;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.ward.CellNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The members of a cell against PostgreSQL: who sees them (never an officer, never
 * another cell's secretary), the roll on a day, moves that keep the history, and the
 * rules of a member's dates.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MembersTests {

	@Autowired
	WardFixtures wards;

	@Autowired
	MemberFixtures fixtures;

	@Autowired
	Members members;

	@Autowired
	Clock clock;

	TestWard ward;

	@BeforeAll
	void ward() {
		this.ward = this.wards.newWard();
	}

	@Test
	void onlyTheWardAdminTheInspectorAndTheCellsSecretarySeeItsMembers() {
		MemberView member = this.fixtures.member(this.ward, this.ward.cellA(), "Nguyễn Văn Thọ");

		assertThat(this.members.get(this.ward.secretary(), member.id()).fullName()).isEqualTo("Nguyễn Văn Thọ");
		assertThat(this.members.get(this.ward.inspector(), member.id()).cellName()).isEqualTo("Chi bộ A");
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.members.get(this.ward.officer(), member.id()));
		assertThatExceptionOfType(OutOfScopeException.class).isThrownBy(() -> this.members.list(this.ward.officer(),
				this.ward.cellA().id(), new MemberQuery(null, null), PageRequest.of(0, 20)));
		assertThatExceptionOfType(CellNotFoundException.class).isThrownBy(() -> this.members.list(this.ward.secretary(),
				this.ward.cellB().id(), new MemberQuery(null, null), PageRequest.of(0, 20)));
		MemberView other = this.fixtures.member(this.ward, this.ward.cellB(), "Trần Văn Bình");
		assertThatExceptionOfType(MemberNotFoundException.class)
			.isThrownBy(() -> this.members.get(this.ward.secretary(), other.id()));
		TestWard otherWard = this.wards.newWard();
		assertThatExceptionOfType(MemberNotFoundException.class)
			.isThrownBy(() -> this.members.get(otherWard.admin(), member.id()));
	}

	@Test
	void theListSearchesWithoutAccentsAndSortsByGivenName() {
		TestWard own = this.wards.newWard();
		this.fixtures.member(own, own.cellA(), "Lê Thị Xuân");
		this.fixtures.member(own, own.cellA(), "Trần Văn An");
		this.fixtures.probationary(own, own.cellA(), "Đỗ Thị Út", LocalDate.now(this.clock).minusMonths(3));

		var all = this.members.list(own.admin(), own.cellA().id(), new MemberQuery(null, null), PageRequest.of(0, 20));
		var found = this.members.list(own.admin(), own.cellA().id(), new MemberQuery(null, "do thi ut"),
				PageRequest.of(0, 20));
		var probationary = this.members.list(own.admin(), own.cellA().id(),
				new MemberQuery(MemberFilter.PROBATIONARY, null), PageRequest.of(0, 20));

		assertThat(all.getContent()).extracting(MemberRow::fullName)
			.containsExactly("Trần Văn An", "Đỗ Thị Út", "Lê Thị Xuân");
		assertThat(found.getContent()).extracting(MemberRow::fullName).containsExactly("Đỗ Thị Út");
		assertThat(probationary.getContent()).extracting(MemberRow::fullName).containsExactly("Đỗ Thị Út");
	}

	@Test
	void aTransferKeepsTheOldCellsPeriodAndTheRollFollowsTheDate() {
		TestWard own = this.wards.newWard();
		MemberView member = this.fixtures.member(own, own.cellA(), "Phạm Văn Hải");
		LocalDate moved = LocalDate.now(this.clock).minusDays(10);

		MemberView after = this.members.transfer(own.admin(), member.id(), own.cellB().id(), moved, member.version());

		assertThat(after.cellId()).isEqualTo(own.cellB().id());
		assertThat(after.periods()).extracting(MemberView.PeriodView::cellName, MemberView.PeriodView::validTo)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Chi bộ A", moved.minusDays(1)),
					org.assertj.core.groups.Tuple.tuple("Chi bộ B", null));
		MemberRoll rollA = this.members.roll(own.admin(), own.cellA().id(), moved.minusDays(30), moved);
		assertThat(rollA.member(member.id(), moved.minusDays(1))).isPresent();
		assertThat(rollA.member(member.id(), moved)).isEmpty();
		assertThat(this.members
			.list(own.admin(), own.cellA().id(), new MemberQuery(MemberFilter.FORMER, null), PageRequest.of(0, 20))
			.getContent()).extracting(MemberRow::fullName).containsExactly("Phạm Văn Hải");
		assertThat(this.members.counts(own.admin(), own.cellB().id(), LocalDate.now(this.clock)).total()).isEqualTo(1);
	}

	@Test
	void aMembersDatesAreCheckedAndNothingIsWritten() {
		TestWard own = this.wards.newWard();
		LocalDate today = LocalDate.now(this.clock);
		MemberDetails future = new MemberDetails("Võ Văn Tài", 1960, Sex.MALE, today.plusDays(1), null, null, null,
				null, null, null, null);
		MemberDetails tooYoung = new MemberDetails("Võ Văn Tài", 2000, Sex.MALE, LocalDate.of(2010, 1, 1), null, null,
				null, null, null, null, null);
		MemberDetails fullBeforeJoining = new MemberDetails("Võ Văn Tài", 1960, Sex.MALE, LocalDate.of(1990, 1, 1),
				LocalDate.of(1989, 1, 1), null, null, null, null, null, null);

		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.members.register(own.admin(), own.cellA().id(), new NewMember(future, today, null)))
			.extracting(RuleViolationException::field)
			.isEqualTo("joinedOn");
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.members.register(own.admin(), own.cellA().id(),
					new NewMember(tooYoung, LocalDate.of(2020, 1, 1), null)))
			.extracting(RuleViolationException::messageKey)
			.isEqualTo("member.joinedOn.tooYoung");
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.members.register(own.admin(), own.cellA().id(),
					new NewMember(fullBeforeJoining, LocalDate.of(2020, 1, 1), null)))
			.extracting(RuleViolationException::field)
			.isEqualTo("officialOn");
		assertThat(this.members.counts(own.admin(), own.cellA().id(), today).total()).isZero();
	}

}
