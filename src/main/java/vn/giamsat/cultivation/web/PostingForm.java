package vn.giamsat.cultivation.web;

/** The posting form as typed, kept to show it again with the errors. */
public record PostingForm(int year, String place, String placeCode, String postedOn, String note) {
}
