/**
 * The public portal: pages for residents without an account (a ward or residential
 * group's Front, its supervision plan, public counts and the report form). Mobile first,
 * no JavaScript needed, no third-party scripts, and nothing personal beyond name,
 * position and unit (DOMAIN.md §5).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public portal")
package vn.giamsat.portal;
