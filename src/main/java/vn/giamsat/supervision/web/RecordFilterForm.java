package vn.giamsat.supervision.web;

import vn.giamsat.supervision.Finding;

/** The records filter as typed, echoed back into the form. */
public record RecordFilterForm(String person, String from, String to, Finding finding) {
}
