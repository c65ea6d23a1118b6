/**
 * Accounts, roles and organisation scopes: sign-in, sign-out, password changes,
 * throttling, the first administrator, and the
 * {@link vn.giamsat.platform.security.CurrentAccess} every other module filters by. It
 * sits above {@code orgs}: a scope is a subtree of the structure.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package vn.giamsat.identity;
