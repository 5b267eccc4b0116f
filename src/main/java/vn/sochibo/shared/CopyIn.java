package vn.sochibo.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * PostgreSQL's {@code COPY … FROM STDIN} on the caller's transaction, for the few writes
 * of many rows at once (an import of 100,000 households): the fastest way in, several
 * times an {@code INSERT} a row. Each feature copies into its own tables only. Values are
 * sent as CSV: null as an empty unquoted field, text always quoted.
 */
@Component
public class CopyIn {

	private static final int CHUNK = 4_000;

	private final DataSource dataSource;

	CopyIn(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Copies the rows into {@code table (columns)}, each row's values in column order.
	 * @return the number of rows copied
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public <T> long copy(String table, List<String> columns, Iterable<T> rows, Function<T, List<?>> values) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin (format csv)";
			long copied = 0;
			StringBuilder chunk = new StringBuilder();
			int inChunk = 0;
			var in = copy.copyIn(sql);
			try {
				for (T row : rows) {
					appendLine(chunk, values.apply(row));
					inChunk++;
					if (inChunk == CHUNK) {
						write(in, chunk);
						inChunk = 0;
					}
				}
				write(in, chunk);
				copied = in.endCopy();
			}
			finally {
				if (in.isActive()) {
					in.cancelCopy();
				}
			}
			return copied;
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("COPY into " + table + " failed: " + ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	private static void write(org.postgresql.copy.CopyIn in, StringBuilder chunk) throws SQLException {
		if (chunk.isEmpty()) {
			return;
		}
		byte[] bytes = chunk.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
		in.writeToCopy(bytes, 0, bytes.length);
		chunk.setLength(0);
	}

	private static void appendLine(StringBuilder line, List<?> values) {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			Object value = values.get(i);
			if (value == null) {
				continue;
			}
			if (value instanceof Number || value instanceof Boolean) {
				line.append(value);
			}
			else {
				line.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
			}
		}
		line.append('\n');
	}

}
