package vn.sochibo.config;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

import vn.sochibo.shared.KnownConstraints;
import vn.sochibo.shared.RuleViolationException;

/**
 * Turns the database's refusal under a {@link KnownConstraints known constraint} into the
 * {@link RuleViolationException} it stands for, at the boundary of every service call and
 * outside its transaction (so a refusal at commit is caught too): controllers then show
 * it next to the field like any other rule. Nothing was written — the transaction rolled
 * back. A refusal under any other constraint stays a
 * {@link DataIntegrityViolationException} (a 400 page, see
 * {@link GlobalControllerAdvice}).
 */
@Configuration(proxyBeanMethods = false)
class ConstraintTranslation {

	private static final Pattern CONSTRAINT_IN_MESSAGE = Pattern.compile("constraint \"([^\"]+)\"");

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static DefaultPointcutAdvisor constraintTranslationAdvisor(ObjectProvider<KnownConstraints> constraints) {
		Translator translator = new Translator(constraints);
		MethodInterceptor interceptor = (invocation) -> {
			try {
				return invocation.proceed();
			}
			catch (DataIntegrityViolationException ex) {
				throw translator.translate(ex);
			}
		};
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(Service.class, true),
				interceptor);
		// Outside the transaction interceptor, which commits and may throw there.
		advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return advisor;
	}

	/**
	 * Finds the constraint a refusal names and the rule declared for it.
	 */
	static final class Translator {

		private final ObjectProvider<KnownConstraints> constraints;

		private volatile Map<String, KnownConstraints.Rule> rules;

		Translator(ObjectProvider<KnownConstraints> constraints) {
			this.constraints = constraints;
		}

		RuntimeException translate(DataIntegrityViolationException ex) {
			return constraintOf(ex).map(rules()::get)
				.<RuntimeException>map(KnownConstraints.Rule::violation)
				.orElse(ex);
		}

		private Map<String, KnownConstraints.Rule> rules() {
			Map<String, KnownConstraints.Rule> known = this.rules;
			if (known == null) {
				known = new HashMap<>();
				for (KnownConstraints feature : this.constraints.orderedStream().toList()) {
					for (KnownConstraints.Rule rule : feature.rules()) {
						if (known.put(rule.constraint(), rule) != null) {
							throw new IllegalStateException("constraint declared twice: " + rule.constraint());
						}
					}
				}
				this.rules = Map.copyOf(known);
			}
			return known;
		}

		static Optional<String> constraintOf(Throwable ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
						&& violation.getConstraintName() != null) {
					return Optional.of(violation.getConstraintName());
				}
				if (cause instanceof SQLException && cause.getMessage() != null) {
					Matcher matcher = CONSTRAINT_IN_MESSAGE.matcher(cause.getMessage());
					if (matcher.find()) {
						return Optional.of(matcher.group(1));
					}
				}
			}
			return Optional.empty();
		}

	}

}
