package vn.sochibo.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import vn.sochibo.report.PartyDocument.Align;
import vn.sochibo.report.PartyDocument.Chart;
import vn.sochibo.report.PartyDocument.Heading;
import vn.sochibo.report.PartyDocument.Paragraph;
import vn.sochibo.report.PartyDocument.Run;
import vn.sochibo.report.PartyDocument.Series;
import vn.sochibo.report.PartyDocument.Signature;
import vn.sochibo.report.PartyDocument.Style;
import vn.sochibo.report.PartyDocument.Table;

/**
 * A cell's year-end report as the renderings' tests use it; {@link #main} writes its Word
 * file and chart to a folder to look at.
 */
final class PartyDocumentSamples {

	static final String UNSAFE = "Ghi chú của Bí thư: <script>alert(1)</script> & \"trích\" 'dẫn'";

	private PartyDocumentSamples() {
	}

	static Chart contributions() {
		return new Chart("Quỹ vận động theo tháng năm 2025",
				List.of("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12"), List.of(
						new Series("Hộ dân đóng góp",
								List.of(12_000_000L, 8_500_000L, 15_000_000L, 9_000_000L, 11_000_000L, 7_000_000L,
										6_500_000L, 10_000_000L, 14_000_000L, 9_500_000L, 13_000_000L, 21_000_000L)),
						new Series("Doanh nghiệp, nhà hảo tâm",
								List.of(5_000_000L, 0L, 20_000_000L, 0L, 3_000_000L, 0L, 0L, 10_000_000L, 0L,
										4_000_000L, 0L, 30_000_000L)),
						new Series("Điều chỉnh (bút toán đảo)",
								List.of(0L, 0L, 0L, -2_000_000L, 0L, 0L, -10_000_000L, 0L, 0L, 0L, 0L, 0L))),
				"đồng");
	}

	static PartyDocument annualReport() {
		Table funds = new Table(List.of("Nguồn", "Số lần", "Số tiền (đồng)"),
				List.of(List.of(Run.text("Hộ dân đóng góp"), Run.text("214"), Run.text("136.500.000")),
						List.of(Run.text("Doanh nghiệp, nhà hảo tâm"), Run.text("9"), Run.text("72.000.000")),
						List.of(Run.text("Điều chỉnh (bút toán đảo)"), Run.text("2"), Run.text("-12.000.000")),
						List.of(Run.text("Tổng cộng"), Run.text("225"), Run.text("196.500.000"))),
				List.of(Align.LEFT, Align.CENTER, Align.RIGHT), true);
		return new PartyDocument("ĐẢNG BỘ PHƯỜNG CÁI KHẾ", "CHI BỘ KHU VỰC 11", "Số 05-BC/CB",
				"Cái Khế, ngày 05 tháng 12 năm 2026", "BÁO CÁO", "Tổng kết công tác năm 2025",
				List.of(new Heading(1, "I-", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025"),
						new Heading(2, "1.", "Công tác xây dựng Đảng"),
						new Paragraph(Style.BODY, List.of(Run.text("Chi bộ có "),
								Run.figure("27", "/members?year=2025", "members.total", "Đảng viên đang sinh hoạt"),
								Run.text(" đảng viên, trong đó "),
								Run.figure("3", "/members?year=2025&status=new", "members.admitted",
										"Kết nạp trong năm"),
								Run.text(" đồng chí được kết nạp trong năm; tổ chức "),
								Run.figure("12", null, "meetings.regular", null),
								Run.text(" kỳ sinh hoạt thường kỳ, tỷ lệ đảng viên dự họp bình quân đạt 92,6%."))),
						new Heading(3, "a)", "Sinh hoạt chuyên đề"),
						Paragraph.dash(
								"Tổ chức 4 kỳ sinh hoạt chuyên đề về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."),
						Paragraph.dash("Phân công đảng viên phụ trách hộ gia đình, nắm tình hình dư luận ở khu vực."),
						new Heading(2, "2.", "Công tác vận động xây dựng quỹ"),
						Paragraph
							.of("Quỹ vận động của khu vực thu được trong năm như sau; các khoản điều chỉnh được ghi bằng bút toán đảo, không sửa số đã ghi."),
						funds, contributions(), new Paragraph(Style.PLAIN, List.of(Run.text(UNSAFE))),
						new Heading(1, "II-", "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026"),
						new Paragraph(Style.BODY,
								List.of(Run.text("Tiếp tục "), Run.bold("nâng cao chất lượng sinh hoạt chi bộ"),
										Run.text("; "), new Run("phấn đấu", false, true, null, null, null),
										Run.text(" 100% hộ dân tham gia các phong trào của phường.")))),
				new Signature("T/M CHI BỘ", "BÍ THƯ", "Nguyễn Văn Ba"), List.of("Đảng ủy phường;", "Lưu Chi bộ."),
				"Mã kiểm tra: 3f9a1c0e7b2d4a6f · bản chính thức");
	}

	/**
	 * Writes the sample's .docx and chart PNG to the folder given (default
	 * /tmp/docx-look).
	 */
	public static void main(String[] args) throws IOException {
		Path folder = Path.of((args.length > 0) ? args[0] : "/tmp/docx-look");
		Files.createDirectories(folder);
		Files.write(folder.resolve("bao-cao.docx"), new DocxDocuments().render(annualReport()));
		Files.write(folder.resolve("chart.png"), ChartImages.png(contributions(), 1600, 900));
		Files.write(folder.resolve("chart-small.png"), ChartImages.png(contributions(), 800, 450));
	}

}
