package vn.sochibo.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for form login; a throttled user name loads as locked, so the password
 * is not even checked.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	private final LoginThrottle throttle;

	AccountUserDetailsService(AppUserRepository users, LoginThrottle throttle) {
		this.users = users;
		this.throttle = throttle;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		String key = username.strip().toLowerCase();
		AppUser user = this.users.findByUsername(key).orElseThrow(() -> new UsernameNotFoundException(key));
		return new AccountUserDetails(user.toCurrentUser(), user.getFullName(), user.getPasswordHash(),
				user.isEnabled(), !this.throttle.isLocked(key));
	}

}
