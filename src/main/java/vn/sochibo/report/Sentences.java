package vn.sochibo.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.sochibo.report.PartyDocument.Run;
import vn.sochibo.shared.Figure;
import vn.sochibo.shared.VietnameseText;

/**
 * A report's sentences from the message bundle, with its figures in them as figure runs:
 * bold, linked (in the preview) to the list the figure counts, carrying the figure's key
 * and its Vietnamese explanation. The secretary rewords around them; the figures
 * themselves always come from their owner's one definition.
 */
@Component
class Sentences {

	private static final Pattern MARK = Pattern.compile("\u0000(\\d+)\u0000");

	private final MessageSource messages;

	Sentences(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The message {@code key} as runs: each {@link Figure} argument becomes a figure run
	 * (its value in prose), any other argument is formatted by the message as usual.
	 */
	List<Run> runs(String key, Object... args) {
		Object[] marks = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			marks[i] = (args[i] instanceof Figure) ? "\u0000" + i + "\u0000" : args[i];
		}
		String text = text(key, marks);
		List<Run> runs = new ArrayList<>();
		Matcher matcher = MARK.matcher(text);
		int from = 0;
		while (matcher.find()) {
			if (matcher.start() > from) {
				runs.add(Run.text(text.substring(from, matcher.start())));
			}
			runs.add(figure((Figure) args[Integer.parseInt(matcher.group(1))]));
			from = matcher.end();
		}
		if (from < text.length()) {
			runs.add(Run.text(text.substring(from)));
		}
		return runs;
	}

	Run figure(Figure figure) {
		return Run.figure(FigureText.inProse(figure), figure.link(), figure.key(), text(figure.explainKey()));
	}

	/** A figure as a table cell: its full value, linked. */
	Run cell(Figure figure) {
		return new Run(FigureText.inTable(figure), false, false, figure.link(), figure.key(),
				text(figure.explainKey()));
	}

	String text(String key, Object... args) {
		return this.messages.getMessage(key, args, VietnameseText.LOCALE);
	}

}
