/**
 * Streaming XLSX exports for the "Xuất Excel" button of every list page. Each list gives
 * its own small class the column definitions; this package only knows how to write them.
 */
package vn.giamsat.platform.exports;
