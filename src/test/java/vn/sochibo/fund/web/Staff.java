package vn.sochibo.fund.web;

import vn.sochibo.shared.CurrentUser;
import vn.sochibo.support.WardFixtures.TestWard;

/**
 * The users of a test ward, by what they are: the secretary and the first officer work in
 * area A, the second officer in area B.
 */
enum Staff {

	WARD_ADMIN, CELL_SECRETARY_OF_A, OFFICER_OF_A, OFFICER_OF_B, INSPECTOR;

	CurrentUser of(TestWard ward) {
		return switch (this) {
			case WARD_ADMIN -> ward.admin();
			case CELL_SECRETARY_OF_A -> ward.secretary();
			case OFFICER_OF_A -> ward.officer();
			case OFFICER_OF_B -> ward.officerB();
			case INSPECTOR -> ward.inspector();
		};
	}

}
