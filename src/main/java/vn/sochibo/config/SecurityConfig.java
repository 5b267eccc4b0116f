package vn.sochibo.config;

import java.util.Map;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

import vn.sochibo.shared.AccessPolicy;
import vn.sochibo.shared.Action;

/**
 * One filter chain: public pages open for GET, everything else behind form login; the
 * roles that gate each URL space come from {@link AccessPolicy}, and the services ask it
 * again with the record's ward and areas.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(
				(requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
					.permitAll()
					.requestMatchers(HttpMethod.GET, "/", "/public/**", "/login", "/webjars/**", "/static/**",
							"/favicon.ico", "/actuator/health", "/actuator/health/**")
					.permitAll()
					.requestMatchers(HttpMethod.HEAD, "/", "/public/**")
					.permitAll()
					.requestMatchers("/system/**")
					.hasAnyRole(AccessPolicy.roleNames(Action.MANAGE_WARDS))
					.requestMatchers("/users/**")
					.hasAnyRole(AccessPolicy.roleNames(Action.MANAGE_USERS))
					.requestMatchers("/audit/**")
					.hasAnyRole(AccessPolicy.roleNames(Action.READ_AUDIT))
					.requestMatchers("/cellwork/**", "/reports/**")
					.hasAnyRole(AccessPolicy.roleNames(Action.READ_CELL_WORK))
					.requestMatchers("/settings/**", "/start")
					.hasAnyRole(AccessPolicy.roleNames(Action.MANAGE_WARD))
					.requestMatchers("/households/**", "/areas/**", "/cells/**", "/dashboard", "/dashboard/**",
							"/funds/**", "/ledger/**", "/projects/**", "/welfare/**", "/imports", "/imports/**")
					.hasAnyRole(AccessPolicy.roleNames(Action.READ))
					.anyRequest()
					.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.defaultSuccessUrl("/home", true)
				.failureHandler(failureHandler())
				.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll());
		return http.build();
	}

	private static ExceptionMappingAuthenticationFailureHandler failureHandler() {
		ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setDefaultFailureUrl("/login?error");
		handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked",
				DisabledException.class.getName(), "/login?disabled"));
		return handler;
	}

	/**
	 * Argon2id by default (bcrypt cuts passwords at 72 bytes, which a Vietnamese
	 * passphrase exceeds); the delegating encoder keeps old hashes readable if the
	 * default changes.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("argon2",
				Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
	}

}
