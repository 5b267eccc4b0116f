package vn.sochibo.demo;

import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import vn.sochibo.account.Accounts;
import vn.sochibo.account.UserView;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.ward.WardView;
import vn.sochibo.ward.Wards;

/**
 * How the later demonstration steps find what the first ones made: a demo ward by its
 * name, and one of its users acting as themself.
 */
@Component
@Profile("demo")
class DemoWards {

	private final Wards wards;

	private final Accounts accounts;

	DemoWards(Wards wards, Accounts accounts) {
		this.wards = wards;
		this.accounts = accounts;
	}

	/** The ward of this name, if the demo made it. */
	Optional<WardView> named(String name) {
		return this.wards.publicList().stream().filter((candidate) -> name.equals(candidate.name())).findFirst();
	}

	/** The ward's user of this name, as they act. */
	CurrentUser user(CurrentUser admin, String username) {
		UserView user = this.accounts.list(admin)
			.stream()
			.filter((candidate) -> username.equals(candidate.username()))
			.findFirst()
			.orElseThrow();
		return new CurrentUser(user.id(), admin.wardId(), user.username(), user.role());
	}

}
