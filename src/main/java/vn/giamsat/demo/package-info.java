/**
 * The Long Biên demo: Hà Nội, the former Long Biên district with its 14 wards, the four
 * wards that cover it since 1/7/2025 with lineage links, organisations, about 3,000
 * people with generated Vietnamese names (reproducible from a seed) and one account per
 * role. Loaded through the product's own imports on first start when
 * {@code giamsat.demo=true}; never in production.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package vn.giamsat.demo;
