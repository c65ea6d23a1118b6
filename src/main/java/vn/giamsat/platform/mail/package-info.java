/**
 * E-mail: a transactional outbox ({@link vn.giamsat.platform.mail.MailOutbox}) and its
 * delivery job. Reminders and escalations of every module go through it.
 */
package vn.giamsat.platform.mail;
