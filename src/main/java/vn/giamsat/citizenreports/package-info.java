/**
 * Citizens' reports about cadres (DOMAIN.md §1.6): public intake with a receipt code,
 * screening, routing to the focal unit and the managing party committee, working-day
 * deadlines, published replies — and protection of the reporter, whose identity is sealed
 * at rest and revealed only to the screening officer with a logged reason.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Citizens' reports")
package vn.giamsat.citizenreports;
