package vn.giamsat.orgs.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import vn.giamsat.orgs.OrganisationType;
import vn.giamsat.shared.text.VietnameseText;

/**
 * An organisation attached to an administrative unit, with an optional parent
 * organisation.
 */
@Table("organisation")
public class Organisation {

	@Id
	Long id;

	String code;

	String name;

	String nameFolded;

	OrganisationType type;

	Long unitId;

	Long parentId;

	LocalDate validFrom;

	LocalDate validTo;

	@Version
	Integer version;

	public static Organisation create(String code) {
		Organisation o = new Organisation();
		o.code = code;
		return o;
	}

	public void apply(OrganisationDraft d, long unitId, Long parentId) {
		this.name = d.name();
		this.nameFolded = VietnameseText.fold(d.name());
		this.type = d.type();
		this.unitId = unitId;
		this.parentId = parentId;
		this.validFrom = d.validFrom();
		this.validTo = d.validTo();
	}

	public Long id() {
		return id;
	}

	public String code() {
		return code;
	}

	public Long unitId() {
		return unitId;
	}

	public Integer version() {
		return version;
	}

	public Map<String, Object> auditState() {
		var m = new LinkedHashMap<String, Object>();
		m.put("code", code);
		m.put("name", name);
		m.put("type", type);
		m.put("unitId", unitId);
		m.put("parentId", parentId);
		m.put("validFrom", String.valueOf(validFrom));
		m.put("validTo", validTo == null ? null : validTo.toString());
		return m;
	}

}
