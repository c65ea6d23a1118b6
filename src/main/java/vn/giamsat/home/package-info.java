/**
 * The officer's start page: what is in their scope at a glance and where to go next. It
 * reads from every module and nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package vn.giamsat.home;
