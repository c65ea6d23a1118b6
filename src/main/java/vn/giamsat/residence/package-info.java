/**
 * Residence comments (Regulation 213-QĐ/TW): each year a workplace party organisation
 * asks the party cell where each of its members lives how the member keeps their duties
 * there; the cell collects the opinions of the residential group's Front work committee
 * head and group head and returns a comment before the year-end review. Replaces a paper
 * form carried between offices, so that nothing is late unseen or lost.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Nhận xét nơi cư trú")
package vn.giamsat.residence;
