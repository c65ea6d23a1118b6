package vn.giamsat.cultivation.internal.checks;

/**
 * The four areas a commitment of a self-cultivation plan belongs to, as the party
 * committees group them when they approve plans: political study, ethics and lifestyle,
 * work at the agency, and behaviour at the place of residence (Regulation 213).
 */
public enum Area {

	POLITICAL_STUDY, ETHICS_LIFESTYLE, WORK, RESIDENCE

}
