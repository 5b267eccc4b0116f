package vn.sochibo.project;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.sochibo.shared.FileType;

/**
 * The photos of project updates, stored in the database. Pages list photo ids only; the
 * bytes are read one photo at a time, when it is served.
 */
@Component
class PhotoStore {

	private final JdbcClient jdbc;

	PhotoStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Long insert(Long wardId, Long projectId, Long updateId, FileType type, String fileName, byte[] bytes) {
		return this.jdbc.sql("""
				insert into project_photos (ward_id, project_id, update_id, content_type, file_name, byte_size, data)
				values (:wardId, :projectId, :updateId, :type, :fileName, :size, :data) returning id""")
			.param("wardId", wardId)
			.param("projectId", projectId)
			.param("updateId", updateId)
			.param("type", type.contentType())
			.param("fileName", fileName)
			.param("size", bytes.length)
			.param("data", bytes)
			.query(Long.class)
			.single();
	}

	/**
	 * The ids of a project's photos by update, in the order they were uploaded.
	 */
	Map<Long, List<Long>> idsByUpdate(Long projectId) {
		Map<Long, List<Long>> ids = new LinkedHashMap<>();
		this.jdbc.sql("select id, update_id from project_photos where project_id = :projectId order by id")
			.param("projectId", projectId)
			.query((RowCallbackHandler) (rs) -> ids
				.computeIfAbsent(rs.getLong("update_id"), (key) -> new java.util.ArrayList<>())
				.add(rs.getLong("id")));
		return ids;
	}

	/**
	 * A photo of this project (a photo of another project is not found).
	 */
	Optional<PhotoContent> find(Long projectId, Long photoId) {
		return this.jdbc.sql(
				"select id, content_type, file_name, data from project_photos where id = :id and project_id = :projectId")
			.param("id", photoId)
			.param("projectId", projectId)
			.query((rs, row) -> new PhotoContent(rs.getLong("id"), rs.getString("content_type"),
					rs.getString("file_name"), rs.getBytes("data")))
			.optional();
	}

	int countOfUpdate(Long updateId) {
		return this.jdbc.sql("select count(*) from project_photos where update_id = :updateId")
			.param("updateId", updateId)
			.query(Integer.class)
			.single();
	}

}
