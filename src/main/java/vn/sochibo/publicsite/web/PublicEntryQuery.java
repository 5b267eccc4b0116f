package vn.sochibo.publicsite.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

import vn.sochibo.fund.PublicEntryFilter;
import vn.sochibo.fund.PublicSide;

/**
 * The filters of a fund's public entries as they come in the address (all text, so no
 * input fails to bind): {@code side} ("thu", "chi" or all), {@code area}, {@code from}
 * and {@code to} (yyyy-MM-dd, as a date field sends them), {@code q} (display name) and
 * {@code before} (the page: entries before this chain position). A value that cannot be
 * read is ignored, and the page says so.
 */
public class PublicEntryQuery {

	static final String SIDE_IN = "thu";

	static final String SIDE_OUT = "chi";

	private String side;

	private String area;

	private String from;

	private String to;

	private String q;

	private String before;

	/** The message keys of the values that were ignored. */
	private final List<String> ignored = new ArrayList<>();

	private PublicEntryFilter filter;

	private Integer beforeSeq;

	/**
	 * Reads the values once (after binding).
	 */
	PublicEntryQuery parse() {
		this.ignored.clear();
		PublicSide publicSide = PublicSide.ALL;
		if (SIDE_IN.equals(this.side)) {
			publicSide = PublicSide.IN;
		}
		else if (SIDE_OUT.equals(this.side)) {
			publicSide = PublicSide.OUT;
		}
		else if (this.side != null) {
			this.side = null;
			this.ignored.add("public.filter.ignored.side");
		}
		Long areaId = null;
		if (this.area != null) {
			areaId = parseLong(this.area);
			if (areaId == null) {
				this.area = null;
				this.ignored.add("public.filter.ignored.area");
			}
		}
		LocalDate fromDate = parseDate(this.from);
		if (this.from != null && fromDate == null) {
			this.from = null;
			this.ignored.add("public.filter.ignored.from");
		}
		LocalDate toDate = parseDate(this.to);
		if (this.to != null && toDate == null) {
			this.to = null;
			this.ignored.add("public.filter.ignored.to");
		}
		if (this.q != null && this.q.length() > PublicEntryFilter.MAX_TEXT) {
			this.q = this.q.substring(0, PublicEntryFilter.MAX_TEXT);
			this.ignored.add("public.filter.ignored.q");
		}
		this.beforeSeq = null;
		if (this.before != null) {
			Long seq = parseLong(this.before);
			if (seq != null && seq > 0 && seq <= Integer.MAX_VALUE) {
				this.beforeSeq = seq.intValue();
			}
			else {
				this.before = null;
				this.ignored.add("public.filter.ignored.before");
			}
		}
		this.filter = new PublicEntryFilter(publicSide, areaId, fromDate, toDate, this.q);
		return this;
	}

	PublicEntryFilter filter() {
		return this.filter;
	}

	Integer beforeSeq() {
		return this.beforeSeq;
	}

	public List<String> getIgnored() {
		return this.ignored;
	}

	/**
	 * Whether any filter narrows the list (the page is not the whole ledger).
	 */
	public boolean isFiltered() {
		return this.side != null || this.area != null || this.from != null || this.to != null || this.q != null;
	}

	/**
	 * The address of {@code path} with these filters (and {@code before}, when given):
	 * the next page, the first page, the downloads.
	 */
	String link(String path, Integer beforeSeq) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		addIfSet(uri, "side", this.side);
		addIfSet(uri, "area", this.area);
		addIfSet(uri, "from", this.from);
		addIfSet(uri, "to", this.to);
		addIfSet(uri, "q", this.q);
		if (beforeSeq != null) {
			uri.queryParam("before", beforeSeq);
		}
		return uri.build().encode().toUriString();
	}

	private static void addIfSet(UriComponentsBuilder uri, String name, String value) {
		if (value != null) {
			uri.queryParam(name, value);
		}
	}

	private static Long parseLong(String text) {
		if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
			return null;
		}
		return Long.valueOf(text);
	}

	private static LocalDate parseDate(String text) {
		if (text == null || text.length() != 10) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text);
			return (date.getYear() >= 1900 && date.getYear() <= 9999) ? date : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	public String getSide() {
		return this.side;
	}

	public void setSide(String side) {
		this.side = side;
	}

	public String getArea() {
		return this.area;
	}

	public void setArea(String area) {
		this.area = area;
	}

	public String getFrom() {
		return this.from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return this.to;
	}

	public void setTo(String to) {
		this.to = to;
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getBefore() {
		return this.before;
	}

	public void setBefore(String before) {
		this.before = before;
	}

}
