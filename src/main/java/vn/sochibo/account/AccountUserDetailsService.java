package vn.sochibo.account;

import java.util.UUID;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Role;

/**
 * Loads accounts for form login; a throttled user name loads as locked, so the password
 * is not even checked.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	private final LoginThrottle throttle;

	private final String matchesNothing;

	AccountUserDetailsService(AppUserRepository users, LoginThrottle throttle, PasswordEncoder passwordEncoder) {
		this.users = users;
		this.throttle = throttle;
		this.matchesNothing = passwordEncoder.encode(UUID.randomUUID() + " " + UUID.randomUUID());
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		String key = username.strip().toLowerCase();
		boolean locked = this.throttle.isLocked(key);
		AppUser user = this.users.findByUsername(key).orElse(null);
		if (user == null) {
			if (locked) {
				return lockedUnknownName(key);
			}
			throw new UsernameNotFoundException(key);
		}
		return new AccountUserDetails(user.toCurrentUser(), user.getFullName(), user.getPasswordHash(),
				user.isEnabled(), !locked);
	}

	/**
	 * Unknown names are throttled too; once locked, such a name must answer exactly like
	 * a locked account, or the lock would tell which accounts exist. Its password hash
	 * (of a random secret) matches nothing and costs as much to check as a real one.
	 */
	private UserDetails lockedUnknownName(String key) {
		return new AccountUserDetails(new CurrentUser(null, null, key, Role.INSPECTOR), key, this.matchesNothing, true,
				false);
	}

}
