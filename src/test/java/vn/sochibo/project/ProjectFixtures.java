package vn.sochibo.project;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;

import vn.sochibo.household.HouseholdQuery;
import vn.sochibo.household.Households;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.ward.AreaView;

/**
 * Builds projects for tests: a new project, a project brought to any status along the
 * allowed moves, and photo bytes of each type.
 */
public final class ProjectFixtures {

	public static final byte[] PNG_HEADER = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H',
			'D', 'R' };

	public static final byte[] JPEG_HEADER = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I',
			'F', 0 };

	public static final byte[] WEBP_HEADER = { 'R', 'I', 'F', 'F', 36, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8',
			' ' };

	private final Projects projects;

	private final WardFixtures wards;

	private final Households households;

	private final Clock clock;

	public ProjectFixtures(Projects projects, WardFixtures wards, Households households, Clock clock) {
		this.projects = projects;
		this.wards = wards;
		this.households = households;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	public ProjectDetails details(AreaView area, String name) {
		return new ProjectDetails(ProjectKind.CONCRETE_PAVING, name, area.id(), "hẻm 49-57 đường Trần Văn Khéo",
				new BigDecimal("120.5"), new BigDecimal("3"), 42, "Bê tông hóa toàn tuyến hẻm, làm mương thoát nước.",
				LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 30), null, null, null);
	}

	public ProjectDetail create(TestWard ward, AreaView area) {
		return create(ward.admin(), area, "Bê tông hóa hẻm " + UUID.randomUUID().toString().substring(0, 8));
	}

	public ProjectDetail create(CurrentUser user, AreaView area, String name) {
		return this.projects.create(user, details(area, name));
	}

	/**
	 * Adds households to the register of an area (a meeting counts them).
	 */
	public void households(TestWard ward, AreaView area, int count) {
		for (int i = 0; i < count; i++) {
			this.wards.household(ward, area, "Hộ Dân " + UUID.randomUUID().toString().substring(0, 6));
		}
	}

	public int householdCount(TestWard ward, AreaView area) {
		return (int) this.households
			.list(ward.admin(), new HouseholdQuery(null, area.id(), null, null), PageRequest.of(0, 1))
			.getTotalElements();
	}

	/**
	 * A project of area A in the given status, brought there by the allowed moves (area A
	 * needs households: the meeting before approval has all of them agree).
	 */
	public ProjectDetail projectIn(TestWard ward, ProjectStatus status) {
		ProjectDetail project = create(ward, ward.areaA());
		CurrentUser admin = ward.admin();
		LocalDate today = today();
		if (status == ProjectStatus.PROPOSED) {
			return project;
		}
		if (status == ProjectStatus.CANCELLED) {
			this.projects.changeStatus(admin, project.id(),
					new StatusChange(ProjectStatus.CANCELLED, today, "Người dân chưa đồng thuận"));
			return this.projects.get(admin, project.id());
		}
		this.projects.changeStatus(admin, project.id(), new StatusChange(ProjectStatus.CONSULTING, today, null));
		for (ProjectStatus next : Arrays.asList(ProjectStatus.APPROVED, ProjectStatus.UNDER_CONSTRUCTION,
				ProjectStatus.COMPLETED, ProjectStatus.SETTLED)) {
			if (this.projects.get(admin, project.id()).status() == status) {
				break;
			}
			if (next == ProjectStatus.APPROVED) {
				int count = householdCount(ward, ward.areaA());
				this.projects.addMeeting(admin, project.id(),
						new MeetingDetails(today.minusDays(10), count, count, "Biên bản họp số 1"));
			}
			this.projects.changeStatus(admin, project.id(), new StatusChange(next, today, null));
		}
		return this.projects.get(admin, project.id());
	}

	/** A PNG (by its first bytes) of exactly this size. */
	public static byte[] png(int size) {
		return image(PNG_HEADER, size);
	}

	public static byte[] image(byte[] header, int size) {
		byte[] bytes = new byte[size];
		System.arraycopy(header, 0, bytes, 0, Math.min(header.length, size));
		return bytes;
	}

}
