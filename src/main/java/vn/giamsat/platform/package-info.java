/**
 * What knows no domain: the embedded database, the web layout and error pages, messages
 * and locale, the hash-chained audit log, file storage, the tabular import engine, XLSX
 * exports and official documents. Every module may use it; it uses none of them.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.giamsat.platform;
