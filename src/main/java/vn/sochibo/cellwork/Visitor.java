package vn.sochibo.cellwork;

/**
 * One of a visit's visitors: "Đồng chí Nguyễn Văn A", "Bí thư Đảng ủy", "Đảng ủy phường
 * Cái Khế".
 */
public record Visitor(String name, String position, String organisation) {

	/** "Nguyễn Văn A, Bí thư Đảng ủy, Đảng ủy phường Cái Khế". */
	public String label() {
		StringBuilder label = new StringBuilder(this.name);
		if (this.position != null) {
			label.append(", ").append(this.position);
		}
		if (this.organisation != null) {
			label.append(", ").append(this.organisation);
		}
		return label.toString();
	}

}
