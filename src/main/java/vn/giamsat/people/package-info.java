/**
 * Cadres and party members: positions over time, workplace, residential group, the party
 * committee that manages them (diện quản lý), category and party membership.
 * {@link vn.giamsat.people.PeopleDirectory} is what other modules use.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package vn.giamsat.people;
