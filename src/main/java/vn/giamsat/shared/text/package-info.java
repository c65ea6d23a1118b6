/**
 * Vietnamese text rules shared by every module: folding for comparison and search,
 * normalising for storage, and the officers' way of sorting full names (given name
 * first).
 */
package vn.giamsat.shared.text;
