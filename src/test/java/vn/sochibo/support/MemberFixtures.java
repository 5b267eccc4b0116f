package vn.sochibo.support;

import java.time.LocalDate;

import org.springframework.boot.test.context.TestComponent;

import vn.sochibo.cellwork.MemberDetails;
import vn.sochibo.cellwork.MemberView;
import vn.sochibo.cellwork.Members;
import vn.sochibo.cellwork.NewMember;
import vn.sochibo.cellwork.Sex;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.ward.CellView;

/**
 * Party members for tests, put on a cell's roll by the ward admin through
 * {@link Members}.
 */
@TestComponent
public class MemberFixtures {

	private final Members members;

	MemberFixtures(Members members) {
		this.members = members;
	}

	/**
	 * A full member born in 1950 who joined in 1975 and has been on the cell's roll since
	 * 01/01/2020.
	 */
	public MemberView member(TestWard ward, CellView cell, String fullName) {
		return member(ward, cell, fullName, LocalDate.of(1975, 5, 19), null);
	}

	/**
	 * A full member (joined {@code joinedOn}, full a year later) exempt from activities
	 * since {@code exemptSince} (or not, when null).
	 */
	public MemberView member(TestWard ward, CellView cell, String fullName, LocalDate joinedOn, LocalDate exemptSince) {
		LocalDate since = joinedOn.isAfter(LocalDate.of(2020, 1, 1)) ? joinedOn : LocalDate.of(2020, 1, 1);
		MemberDetails details = new MemberDetails(fullName, 1950, Sex.MALE, joinedOn, joinedOn.plusYears(1), null, null,
				exemptSince, (exemptSince != null) ? "Tuổi cao, sức yếu" : null, null, null);
		return this.members.register(ward.admin(), cell.id(), new NewMember(details, since, null));
	}

	/**
	 * A probationary member who joined the Party in the cell on {@code joinedOn}.
	 */
	public MemberView probationary(TestWard ward, CellView cell, String fullName, LocalDate joinedOn) {
		MemberDetails details = new MemberDetails(fullName, 1990, Sex.FEMALE, joinedOn, null, null, null, null, null,
				null, null);
		return this.members.register(ward.admin(), cell.id(), new NewMember(details, joinedOn, null));
	}

}
