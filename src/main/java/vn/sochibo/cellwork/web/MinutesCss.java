package vn.sochibo.cellwork.web;

import vn.sochibo.shared.ClasspathText;

/**
 * The minutes' stylesheet, read once: the print page and the PDF share it.
 */
final class MinutesCss {

	static final String CSS = ClasspathText.read("/static/css/minutes.css");

	private MinutesCss() {
	}

}
