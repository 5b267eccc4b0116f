package vn.sochibo.cellwork;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A named cadre or resident at an activity; one person is known by their normalised name
 * (lower case, without diacritics, single spaces) within the group.
 */
@Embeddable
class ActivityPerson {

	@Enumerated(EnumType.STRING)
	@Column(name = "person_group")
	private PersonGroup group;

	private String fullName;

	private String nameKey;

	private String position;

	private Long householdId;

	protected ActivityPerson() {
	}

	ActivityPerson(PersonGroup group, String fullName, String nameKey, String position, Long householdId) {
		this.group = group;
		this.fullName = fullName;
		this.nameKey = nameKey;
		this.position = position;
		this.householdId = householdId;
	}

	PersonGroup getGroup() {
		return this.group;
	}

	String getFullName() {
		return this.fullName;
	}

	String getNameKey() {
		return this.nameKey;
	}

	String getPosition() {
		return this.position;
	}

	Long getHouseholdId() {
		return this.householdId;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ActivityPerson person && person.group == this.group
				&& Objects.equals(person.nameKey, this.nameKey);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.group, this.nameKey);
	}

}
