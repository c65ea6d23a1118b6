/**
 * The administrative and organisational structure: effective-dated administrative units
 * with their parents and the 2025 lineage, and the organisations attached to them (Front
 * committees, member organisations, Front work committees, party committees and cells,
 * agencies). {@link vn.giamsat.orgs.OrgStructure} is what other modules use.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Structure")
package vn.giamsat.orgs;
