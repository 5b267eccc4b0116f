package vn.sochibo.config;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

import vn.sochibo.submission.OneTimeForm;

/**
 * Before a page is rendered, gives every {@link OneTimeForm} of its model a token unless
 * it has a usable one: a form shown for the first time gets a new token, a form shown
 * again with errors keeps its own (nothing was posted), and a form whose token was
 * missing or refused gets a new one (its field error says so).
 */
class OneTimeFormTokens implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || modelAndView.getViewName() == null
				|| modelAndView.getViewName().startsWith("redirect:")) {
			return;
		}
		Map<String, Object> model = modelAndView.getModel();
		model.forEach((name, value) -> {
			if (value instanceof OneTimeForm form) {
				Object errors = model.get(BindingResult.MODEL_KEY_PREFIX + name);
				form.renewToken(errors instanceof BindingResult result && result.hasFieldErrors(OneTimeForm.FIELD));
			}
		});
	}

}
