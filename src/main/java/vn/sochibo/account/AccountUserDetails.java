package vn.sochibo.account;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.sochibo.shared.CurrentUser;

/**
 * The logged-in principal: the {@link CurrentUser} that controllers hand to services.
 */
public final class AccountUserDetails implements UserDetails, CredentialsContainer {

	private final CurrentUser currentUser;

	private final String fullName;

	private String passwordHash;

	private final boolean enabled;

	private final boolean nonLocked;

	AccountUserDetails(CurrentUser currentUser, String fullName, String passwordHash, boolean enabled,
			boolean nonLocked) {
		this.currentUser = currentUser;
		this.fullName = fullName;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.nonLocked = nonLocked;
	}

	public CurrentUser currentUser() {
		return this.currentUser;
	}

	public String fullName() {
		return this.fullName;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.currentUser.role().authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.currentUser.username();
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public boolean isAccountNonLocked() {
		return this.nonLocked;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
