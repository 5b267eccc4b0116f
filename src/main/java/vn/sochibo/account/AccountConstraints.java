package vn.sochibo.account;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.sochibo.shared.KnownConstraints;

/**
 * The constraints of this feature that catch a user's mistake: user names already in use.
 */
@Component
class AccountConstraints implements KnownConstraints {

	@Override
	public List<Rule> rules() {
		return List.of(new Rule("uq_app_users_username", "username", "user.username.duplicate"));
	}

}
