package vn.sochibo.dashboard.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.sochibo.dashboard.Dashboard;
import vn.sochibo.dashboard.Dashboards;
import vn.sochibo.shared.Csv;
import vn.sochibo.shared.CurrentUser;

/**
 * The staff home: the year at a glance within the user's scope, the year against the year
 * before, every chart above the table it draws, each table downloadable as CSV (UTF-8
 * with a byte order mark, comma-separated, headers in Vietnamese: {@link Csv}, as the
 * public ledger's downloads).
 */
@Controller
@RequestMapping("/dashboard")
class DashboardController {

	private final Dashboards dashboards;

	private final DashboardTables tables;

	DashboardController(Dashboards dashboards, DashboardTables tables) {
		this.dashboards = dashboards;
		this.tables = tables;
	}

	@GetMapping
	String show(CurrentUser user, @RequestParam(required = false) Integer year, Locale locale, Model model) {
		Dashboard dashboard = this.dashboards.of(user, (year != null) ? year : this.dashboards.thisYear());
		List<DataTable> shown = this.tables.of(dashboard, locale);
		List<String> charts = new ArrayList<>();
		for (DataTable table : shown) {
			charts.add(DashboardTables.chartJson(table));
		}
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("year", dashboard.year());
		model.addAttribute("tables", shown);
		model.addAttribute("charts", charts);
		return "dashboard/show";
	}

	@GetMapping("/tables/{name}.csv")
	void download(CurrentUser user, @PathVariable String name, @RequestParam(required = false) Integer year,
			Locale locale, HttpServletResponse response) throws IOException {
		Dashboard dashboard = this.dashboards.of(user, (year != null) ? year : this.dashboards.thisYear());
		DataTable table = this.tables.of(dashboard, locale)
			.stream()
			.filter((one) -> one.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new DashboardTableNotFoundException(name));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(table.fileName(dashboard.year())).build().toString());
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		out.write(Csv.BOM);
		Csv.writeLine(out, table.headers().stream().map(Csv::field).toList());
		for (DataTable.Row row : table.rows()) {
			List<String> fields = new ArrayList<>();
			fields.add(Csv.field(row.label()));
			row.values().forEach((value) -> fields.add(Csv.field(value.csvField())));
			Csv.writeLine(out, fields);
		}
		out.flush();
	}

	/** A table the dashboard does not have (or not for this user: the cells' work). */
	static class DashboardTableNotFoundException extends vn.sochibo.shared.NotFoundException {

		DashboardTableNotFoundException(String name) {
			super("dashboard table", name);
		}

	}

}
