package vn.sochibo.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The user may not do this here: answered with 403.
 */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class OutOfScopeException extends RuntimeException {

	public OutOfScopeException(String message) {
		super(message);
	}

}
