/**
 * The extension point through which modules add their own demo data after the demo
 * module's base data ({@link vn.giamsat.platform.demo.DemoSeed}).
 */
package vn.giamsat.platform.demo;
