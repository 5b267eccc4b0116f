package vn.sochibo.welfare;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.sochibo.shared.FileType;

/**
 * Scans of signed receipts and signing lists, stored in the database and read one at a
 * time when served.
 */
@Component
class ScanStore {

	private final JdbcClient jdbc;

	ScanStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Long insert(Long wardId, FileType type, String fileName, byte[] bytes, String by, Instant at) {
		return this.jdbc.sql("""
				insert into welfare_scans (ward_id, content_type, file_name, byte_size, data, uploaded_by, uploaded_at)
				values (:wardId, :type, :fileName, :size, :data, :by, :at) returning id""")
			.param("wardId", wardId)
			.param("type", type.contentType())
			.param("fileName", fileName)
			.param("size", bytes.length)
			.param("data", bytes)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	Optional<ScanContent> find(Long wardId, Long scanId) {
		return this.jdbc
			.sql("select content_type, file_name, data from welfare_scans where id = :id and ward_id = :wardId")
			.param("id", scanId)
			.param("wardId", wardId)
			.query((rs, row) -> new ScanContent(rs.getString("content_type"), rs.getString("file_name"),
					rs.getBytes("data")))
			.optional();
	}

}
