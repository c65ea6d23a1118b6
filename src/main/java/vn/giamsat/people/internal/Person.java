package vn.giamsat.people.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import vn.giamsat.people.Gender;
import vn.giamsat.people.PersonCategory;
import vn.giamsat.shared.text.VietnameseNames;
import vn.giamsat.shared.text.VietnameseText;

/** The person aggregate: the person and their positions over time. */
@Table("person")
public class Person {

	@Id
	Long id;

	String code;

	String fullName;

	String nameFolded;

	String sortKey;

	Gender gender;

	Integer birthYear;

	boolean partyMember;

	String positionTitle;

	Long workplaceId;

	Long residenceUnitId;

	Long managingCommitteeId;

	PersonCategory category;

	@MappedCollection(idColumn = "person_id")
	Set<PersonPosition> positions = new LinkedHashSet<>();

	@Version
	Integer version;

	static Person create(String code) {
		Person p = new Person();
		p.code = code;
		return p;
	}

	void apply(PersonDraft d, Long workplaceId, Long residenceUnitId, Long managingCommitteeId) {
		this.fullName = VietnameseText.normalize(d.fullName());
		this.nameFolded = VietnameseText.fold(d.fullName());
		this.sortKey = VietnameseNames.sortKey(this.fullName);
		this.gender = d.gender();
		this.birthYear = d.birthYear();
		this.partyMember = d.partyMember();
		this.positionTitle = d.positionTitle() == null || d.positionTitle().isBlank() ? null
				: d.positionTitle().strip();
		this.workplaceId = workplaceId;
		this.residenceUnitId = residenceUnitId;
		this.managingCommitteeId = managingCommitteeId;
		this.category = d.category();
	}

	public Long id() {
		return id;
	}

	public String code() {
		return code;
	}

	public Integer version() {
		return version;
	}

	public Set<PersonPosition> positions() {
		return positions;
	}

	public Map<String, Object> auditState() {
		var m = new LinkedHashMap<String, Object>();
		m.put("code", code);
		m.put("fullName", fullName);
		m.put("gender", gender);
		m.put("birthYear", birthYear);
		m.put("partyMember", partyMember);
		m.put("positionTitle", positionTitle);
		m.put("workplaceId", workplaceId);
		m.put("residenceUnitId", residenceUnitId);
		m.put("managingCommitteeId", managingCommitteeId);
		m.put("category", category);
		return m;
	}

}
