package vn.sochibo.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Someone else saved the record after this form was opened: answered with the 409 page.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class StaleEditException extends RuntimeException {

	public StaleEditException(String what, Object id) {
		super(what + " " + id + " was changed by someone else");
	}

}
