package vn.sochibo.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A project with everything its staff page shows: details, money, meetings, supervision
 * board and timeline (newest first).
 */
public record ProjectDetail(Long id, ProjectKind kind, String name, Long areaId, String areaLabel, String location,
		BigDecimal lengthMetres, BigDecimal widthMetres, Integer householdsBenefiting, String description,
		ProjectStatus status, int progress, LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart,
		LocalDate actualEnd, String cancelReason, FundingView funding, List<MeetingView> meetings,
		List<BoardMemberView> board, List<UpdateView> updates, Integer version) {

	/** The length as written in Vietnamese: "120,5 m". */
	public String lengthText() {
		return Project.metres(this.lengthMetres);
	}

	/** The width as written in Vietnamese: "3,5 m". */
	public String widthText() {
		return Project.metres(this.widthMetres);
	}

	public List<ProjectStatus> nextMoves() {
		return this.status.nextMoves();
	}

	public boolean closed() {
		return this.status.isClosed();
	}

	public boolean boardFull() {
		return this.board.size() >= Projects.MAX_BOARD_MEMBERS;
	}

}
