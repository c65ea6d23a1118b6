package vn.giamsat.citizenreports.internal;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code giamsat.reports.*}.
 *
 * @param key the current AES-256 key (base64) that seals new reporter identities
 * @param keyId its id, stored beside every sealed value so that rotation works
 * @param oldKeys retired keys by id (base64), still able to open what they sealed
 * @param receiptPepper secret mixed into the receipt-code hash, so that a database copy
 * does not allow testing codes offline
 * @param submitPerHour submissions accepted per client address and hour
 * @param lookupPerMinute receipt-code look-ups per client address and minute
 * @param acknowledgeDays working days to acknowledge a report
 * @param screenDays working days to screen (and to route out a denunciation)
 * @param answerDays working days to answer
 * @param remindBeforeDays working days before a deadline when the reminder goes out
 * @param minReplyWords a public reply shorter than this is refused
 * @param maxAttachments evidence files per report
 * @param maxAttachmentBytes size limit of one evidence file
 */
@ConfigurationProperties(prefix = "giamsat.reports")
public record ReportSettings(String key, @DefaultValue("k1") String keyId, Map<String, String> oldKeys,
		String receiptPepper, @DefaultValue("10") int submitPerHour, @DefaultValue("30") int lookupPerMinute,
		@DefaultValue("1") int acknowledgeDays, @DefaultValue("5") int screenDays, @DefaultValue("30") int answerDays,
		@DefaultValue("1") int remindBeforeDays, @DefaultValue("30") int minReplyWords,
		@DefaultValue("5") int maxAttachments, @DefaultValue("5242880") int maxAttachmentBytes) {

	public ReportSettings {
		oldKeys = oldKeys == null ? Map.of() : Map.copyOf(oldKeys);
	}

}
