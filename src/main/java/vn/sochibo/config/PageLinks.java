package vn.sochibo.config;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * Links to the other pages of a paginated list: the current address with another page
 * number, every filter kept. Given to every view as {@code pageLinks}.
 */
public final class PageLinks {

	public String to(int page) {
		// The request's query is already encoded: build(true) keeps it as it is.
		UriComponents uri = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page", Math.max(page, 0))
			.build(true);
		return uri.getPath() + "?" + uri.getQuery();
	}

}
