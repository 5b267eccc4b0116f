import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The baseline of bench/public-ledger.sh: the same queries as the public fund page and its
 * CSV export, served by the JDK's HTTP server over plain JDBC with a fixed pool of
 * connections, writing the rows as bare HTML/CSV. No framework, no templates, no
 * security: what the hardware and PostgreSQL allow.
 *
 * Run: java -cp postgresql.jar bench/BareBaseline.java PORT JDBC_URL USER PASSWORD
 */
public class BareBaseline {

	static final String TOTALS = "select name, target, raised, spent, pledged, entry_count, head_hash from funds where id = ?";

	/** The select of the application's public ledger (fund.PublicLedger), the same joins. */
	static final String SELECT = """
			select e.seq, e.entry_date, e.display_name,
			  case when e.display_choice = 'ANONYMOUS' then null else a.name end as area, e.kind, e.method, e.amount,
			  e.public_code, e.purpose, e.voucher_no, e.receipt_year, e.receipt_no, e.reason, e.hash, e.prev_hash,
			  o.seq as o_seq, o.public_code as o_code, o.kind as o_kind, o.entry_date as o_date,
			  r.seq as r_seq, r.public_code as r_code, r.entry_date as r_date, r.reason as r_reason
			from ledger_entries e
			  left join residential_areas a on a.id = e.area_id
			  left join ledger_entries o on o.id = e.reverses_id
			  left join ledger_entries r on r.reverses_id = e.id
			""";

	static final String PAGE = SELECT + " where e.fund_id = ? and e.seq < ? order by e.seq desc limit 50";

	static final String ALL = SELECT + " where e.fund_id = ? order by e.seq desc";

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(8);
		for (int i = 0; i < 8; i++) {
			pool.add(DriverManager.getConnection(args[1], args[2], args[3]));
		}
		HttpServer server = HttpServer.create(new InetSocketAddress(port), 128);
		server.setExecutor(Executors.newFixedThreadPool(16));
		server.createContext("/fund", (exchange) -> handle(exchange, pool, false));
		server.createContext("/csv", (exchange) -> handle(exchange, pool, true));
		server.start();
		System.out.println("baseline on " + port);
	}

	static void handle(HttpExchange exchange, BlockingQueue<Connection> pool, boolean csv) throws IOException {
		Map<String, String> query = new HashMap<>();
		String raw = exchange.getRequestURI().getRawQuery();
		if (raw != null) {
			for (String pair : raw.split("&")) {
				String[] kv = pair.split("=", 2);
				query.put(kv[0], (kv.length > 1) ? kv[1] : "");
			}
		}
		long fundId = Long.parseLong(query.getOrDefault("fund", "1"));
		int before = Integer.parseInt(query.getOrDefault("before", String.valueOf(Integer.MAX_VALUE)));
		StringBuilder out = new StringBuilder(csv ? 1 << 20 : 16 << 10);
		Connection connection = null;
		try {
			connection = pool.take();
			if (csv) {
				connection.setAutoCommit(false);
				out.append('\uFEFF').append("STT,Ngày,Tên,Khu,Loại,Hình thức,Số tiền,Mã\n");
				try (PreparedStatement statement = connection.prepareStatement(ALL)) {
					statement.setFetchSize(1000);
					statement.setLong(1, fundId);
					try (ResultSet rs = statement.executeQuery()) {
						while (rs.next()) {
							out.append(rs.getInt(1)).append(',').append(rs.getDate(2)).append(',')
								.append(rs.getString(3)).append(',').append(rs.getString(4)).append(',')
								.append(rs.getString(5)).append(',').append(rs.getString(6)).append(',')
								.append(rs.getBigDecimal(7).toPlainString()).append(',').append(rs.getString(8))
								.append('\n');
						}
					}
				}
				connection.commit();
				connection.setAutoCommit(true);
			}
			else {
				out.append("<!DOCTYPE html><html><body>");
				try (PreparedStatement statement = connection.prepareStatement(TOTALS)) {
					statement.setLong(1, fundId);
					try (ResultSet rs = statement.executeQuery()) {
						while (rs.next()) {
							out.append("<h1>").append(rs.getString(1)).append("</h1><p>").append(rs.getBigDecimal(3))
								.append(" ").append(rs.getBigDecimal(4)).append(" ").append(rs.getString(7))
								.append("</p>");
						}
					}
				}
				out.append("<table>");
				try (PreparedStatement statement = connection.prepareStatement(PAGE)) {
					statement.setLong(1, fundId);
					statement.setInt(2, before);
					try (ResultSet rs = statement.executeQuery()) {
						while (rs.next()) {
							out.append("<tr><td>").append(rs.getInt(1)).append("</td><td>").append(rs.getDate(2))
								.append("</td><td>").append(rs.getString(3)).append("</td><td>")
								.append(rs.getString(4)).append("</td><td>").append(rs.getString(5))
								.append("</td><td>").append(rs.getBigDecimal(7).toPlainString()).append("</td></tr>");
						}
					}
				}
				out.append("</table></body></html>");
			}
		}
		catch (SQLException | InterruptedException ex) {
			out.setLength(0);
			out.append(ex.getMessage());
		}
		finally {
			if (connection != null) {
				pool.add(connection);
			}
		}
		byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", csv ? "text/csv; charset=UTF-8" : "text/html; charset=UTF-8");
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream stream = exchange.getResponseBody()) {
			stream.write(body);
		}
	}

}
