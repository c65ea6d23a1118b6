/**
 * The few value types and helpers every module may use and that know no domain workflow:
 * Vietnamese text folding and name sorting.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.giamsat.shared;
