package vn.sochibo.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import vn.sochibo.shared.XlsxTable.Column;

/**
 * What every list's "Tải Excel" shares: the {@link XlsxTable} written to the response as
 * an attachment named {@code <name>-yyyy-MM-dd.xlsx} (ASCII, the day from the
 * {@link Clock}), its title row "ward — list — filter in words — ngày dd/MM/yyyy", its
 * headers from the message bundles. The response's headers are set only when the first
 * byte is due, so a refusal before any row is still an error page.
 */
@Component
public class XlsxDownloads {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final MessageSource messages;

	private final Clock clock;

	XlsxDownloads(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * A table for this response.
	 * @param response the response the file is written to
	 * @param fileName the file's name without the day and extension, ASCII
	 * ({@code ho-gia-dinh})
	 * @param wardName the ward the list is of
	 * @param listTitle the list's name (also the sheet's)
	 * @param filter the filter in words, one part each (none: the whole list)
	 * @param columns the columns
	 */
	public XlsxTable table(HttpServletResponse response, String fileName, String wardName, String listTitle,
			List<String> filter, List<Column> columns) {
		LocalDate today = LocalDate.now(this.clock);
		List<String> parts = filter.stream().filter(Objects::nonNull).filter((part) -> !part.isBlank()).toList();
		String title = message("export.title", wardName, listTitle,
				parts.isEmpty() ? message("export.filter.none") : String.join("; ", parts), DAY.format(today));
		return new XlsxTable(() -> {
			response.setContentType(XlsxTable.CONTENT_TYPE);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + fileName + "-" + today + ".xlsx\"");
			return response.getOutputStream();
		}, listTitle, title, columns, message("common.yes"), message("common.no"));
	}

	/** A column headed by the message of this key. */
	public Column column(String headerKey, double width, Object... arguments) {
		return new Column(message(headerKey, arguments), width);
	}

	/** Columns headed by the messages of these keys, with these widths, in order. */
	public List<Column> columns(List<String> headerKeys, double... widths) {
		return java.util.stream.IntStream.range(0, headerKeys.size())
			.mapToObj((i) -> column(headerKeys.get(i), widths[i]))
			.toList();
	}

	/** The message of this key, or {@code fallback} when there is none. */
	public String messageOr(String key, String fallback) {
		return this.messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
	}

	/** A message in the request's locale (for filter words and cell text). */
	public String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
