package vn.sochibo.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.WardWords;
import vn.sochibo.ward.WardView;
import vn.sochibo.ward.Wards;

/**
 * What every page needs: trimmed input (blank → null), the acting user and their ward for
 * the layout, and the 409 page when two people save the same record.
 */
@ControllerAdvice
class GlobalControllerAdvice {

	private static final Logger logger = LoggerFactory.getLogger(GlobalControllerAdvice.class);

	private final Wards wards;

	GlobalControllerAdvice(Wards wards) {
		this.wards = wards;
	}

	@InitBinder
	void trimStrings(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@ModelAttribute("me")
	CurrentUser me() {
		return WebConfig.currentUser();
	}

	@ModelAttribute("myWard")
	WardView myWard() {
		CurrentUser user = WebConfig.currentUser();
		WardView ward = (user != null && user.wardId() != null) ? this.wards.get(user.wardId()) : null;
		if (ward != null) {
			WardWords.use(ward.words());
		}
		return ward;
	}

	@ModelAttribute("pageLinks")
	PageLinks pageLinks() {
		return new PageLinks();
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String concurrentEdit() {
		return "error/409";
	}

	/**
	 * A constraint the database enforced that no feature declared as a field's rule
	 * ({@link ConstraintTranslation} turns the declared ones into field errors): the
	 * input broke a rule of the register, nobody else's edit did. Nothing was written
	 * (the transaction rolled back), so the answer is a 400 page that says so — not the
	 * "someone else changed this" page, not a 500.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String constraintViolated(DataIntegrityViolationException ex) {
		logger.warn("Refused by a database constraint: {}", ex.getMostSpecificCause().getMessage());
		return "error/constraint";
	}

}
