package vn.giamsat.orgs.internal;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import vn.giamsat.orgs.AdminLevel;
import vn.giamsat.orgs.UnitView;
import vn.giamsat.shared.text.VietnameseText;

/**
 * An administrative unit record; a reorganisation creates new records linked by lineage.
 */
@Table("admin_unit")
public class AdminUnit {

	@Id
	Long id;

	String code;

	String name;

	String nameFolded;

	AdminLevel level;

	Long parentId;

	LocalDate validFrom;

	LocalDate validTo;

	@Version
	Integer version;

	public static AdminUnit create(String code) {
		AdminUnit u = new AdminUnit();
		u.code = code;
		return u;
	}

	public void apply(UnitDraft d, Long parentId) {
		this.name = d.name();
		this.nameFolded = VietnameseText.fold(d.name());
		this.level = d.level();
		this.parentId = parentId;
		this.validFrom = d.validFrom();
		this.validTo = d.validTo();
	}

	public UnitView view() {
		return new UnitView(id, code, name, level, parentId, validFrom, validTo);
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

	public java.util.Map<String, Object> auditState() {
		var m = new java.util.LinkedHashMap<String, Object>();
		m.put("code", code);
		m.put("name", name);
		m.put("level", level);
		m.put("parentId", parentId);
		m.put("validFrom", String.valueOf(validFrom));
		m.put("validTo", validTo == null ? null : validTo.toString());
		return m;
	}

}
