package vn.sochibo.publicsite.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import vn.sochibo.fund.PublicEntry;
import vn.sochibo.fund.PublicEntryFilter;
import vn.sochibo.fund.PublicLedger;
import vn.sochibo.shared.Csv;
import vn.sochibo.shared.VietnameseDates;
import vn.sochibo.shared.WardWords;

/**
 * Downloads of a fund's public entries exactly as the page shows them (same filters,
 * every page), streamed row by row: CSV (UTF-8 with a byte order mark so spreadsheet
 * programs read the Vietnamese, a header row in Vietnamese, amounts as plain whole
 * numbers, dates dd/MM/yyyy) and JSON (an array of objects with the same fields). A
 * reversal is a row of its own with a positive amount, kind "Điều chỉnh" and the code of
 * the entry it cancels.
 */
@Component
class PublicEntryDownloads {

	private final PublicLedger ledger;

	private final MessageSource messages;

	PublicEntryDownloads(PublicLedger ledger, MessageSource messages) {
		this.ledger = ledger;
		this.messages = messages;
	}

	void csv(Long fundId, PublicEntryFilter filter, Locale locale, HttpServletResponse response) throws IOException {
		speakAsTheWardOf(fundId);
		List<Column> columns = columns(locale);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(fundId, "csv"));
		Writer out = new java.io.BufferedWriter(
				new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
		out.write(Csv.BOM);
		Csv.writeLine(out, columns.stream().map(Column::header).toList());
		this.ledger.forEach(fundId, filter, (entry) -> {
			try {
				Csv.writeLine(out, columns.stream().map((column) -> Csv.field(column.value().apply(entry))).toList());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		out.flush();
	}

	void json(Long fundId, PublicEntryFilter filter, Locale locale, HttpServletResponse response) throws IOException {
		speakAsTheWardOf(fundId);
		List<Column> columns = columns(locale);
		response.setContentType("application/json;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(fundId, "json"));
		OutputStream out = response.getOutputStream();
		try (JsonGenerator json = JsonMapper.shared().createGenerator(out, JsonEncoding.UTF8)) {
			json.writeStartArray();
			this.ledger.forEach(fundId, filter, (entry) -> {
				json.writeStartObject();
				for (Column column : columns) {
					Object value = column.value().apply(entry);
					if (value == null) {
						json.writeNullProperty(column.name());
					}
					else if (value instanceof Long number) {
						json.writeNumberProperty(column.name(), number);
					}
					else if (value instanceof Integer number) {
						json.writeNumberProperty(column.name(), number);
					}
					else {
						json.writeStringProperty(column.name(), value.toString());
					}
				}
				json.writeEndObject();
			});
			json.writeEndArray();
		}
	}

	/**
	 * Checks the fund is public and makes its ward's words those of the headers ("Khu
	 * phố" in Bàn Cờ).
	 */
	private void speakAsTheWardOf(Long fundId) {
		WardWords.use(this.ledger.ward(this.ledger.fund(fundId).wardId()).words());
	}

	/**
	 * The fields of a download, in order: the JSON name, the CSV header, the value.
	 */
	private List<Column> columns(Locale locale) {
		// One download labels every row the same few ways: look each label up once.
		Map<String, String> labels = new HashMap<>();
		java.util.function.BiFunction<String, Locale, String> message = (key, l) -> labels.computeIfAbsent(key,
				(k) -> message(k, l));
		return columns(locale, message);
	}

	private List<Column> columns(Locale locale, java.util.function.BiFunction<String, Locale, String> message) {
		return List.of(column("seq", locale, PublicEntry::seq), column("code", locale, PublicEntry::code),
				column("date", locale, (entry) -> VietnameseDates.format(entry.date())),
				column("kind", locale, (entry) -> message.apply("public.entryKind." + entry.kind(), locale)),
				column("method", locale,
						(entry) -> (entry.method() != null) ? message.apply("public.method." + entry.method(), locale)
								: null),
				column("name", locale, PublicEntry::displayName), column("area", locale, PublicEntry::areaName),
				column("amount", locale, (entry) -> entry.amount().amount().longValueExact()),
				column("countsToward", locale, (entry) -> message.apply("public.total." + entry.total(), locale)),
				column("purpose", locale, PublicEntry::purpose), column("voucher", locale, PublicEntry::voucherNo),
				column("receipt", locale, PublicEntry::receipt),
				column("reverses", locale, (entry) -> (entry.reverses() != null) ? entry.reverses().code() : null),
				column("reversedBy", locale,
						(entry) -> (entry.reversedBy() != null) ? entry.reversedBy().code() : null),
				column("reason", locale, PublicEntry::reason));
	}

	private Column column(String name, Locale locale, Function<PublicEntry, Object> value) {
		return new Column(name, message("public.download." + name, locale), value);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static String attachment(Long fundId, String extension) {
		return ContentDisposition.attachment()
			.filename("so-cong-khai-quy-" + fundId + "." + extension)
			.build()
			.toString();
	}

	private record Column(String name, String header, Function<PublicEntry, Object> value) {
	}

}
