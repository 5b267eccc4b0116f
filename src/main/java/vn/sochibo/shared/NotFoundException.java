package vn.sochibo.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record that does not exist, or that exists outside the user's ward or areas (the
 * answer is the same 404, so nothing leaks).
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public abstract class NotFoundException extends RuntimeException {

	protected NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}

}
