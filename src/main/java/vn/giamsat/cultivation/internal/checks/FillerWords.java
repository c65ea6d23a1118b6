package vn.giamsat.cultivation.internal.checks;

/**
 * Words that carry no commitment of their own: grammar words, and the vague verbs and
 * adverbs every plan uses ("thực hiện", "đầy đủ", "hiệu quả"). What remains once these
 * and the empty formulas are removed is what the cadre actually promises.
 */
final class FillerWords {

	static final PhraseList STOP_WORDS = PhraseList.of("và", "của", "các", "những", "cho", "để", "với", "trong", "theo",
			"là", "có", "được", "về", "đối với", "từ", "tại", "trên", "dưới", "đã", "đang", "sẽ", "thì", "mà", "này",
			"đó", "nào", "mọi", "cả", "luôn", "rất", "hơn", "nhất", "cùng", "bản thân", "tôi", "mình", "đồng chí",
			"việc", "công tác", "nhiệm vụ", "được giao", "tốt", "nghiêm", "nghiêm túc", "đầy đủ", "tích cực",
			"chủ động", "thường xuyên", "hiệu quả", "chất lượng", "nâng cao", "tăng cường", "đảm bảo", "bảo đảm",
			"thực hiện", "hoàn thành", "phấn đấu", "cố gắng", "đúng", "một số", "như", "nữa", "hết", "ra", "vào", "lên",
			"khi", "nơi", "hay", "hoặc", "đến", "tới", "sự", "trách nhiệm", "tinh thần", "ý thức", "vai trò",
			"góp phần", "xây dựng", "tiếp tục", "thật", "tự giác", "hơn nữa", "ngày càng", "đồng thời", "bên cạnh",
			"mặt", "lĩnh vực", "chung", "vững mạnh", "trong sạch", "tốt đẹp", "chuẩn mực", "ổn định", "nghiêm chỉnh",
			"kịp thời", "tuyệt đối");

	static final PhraseList NO_WEAKNESS_WORDS = PhraseList.of("không có", "chưa có", "không", "chưa", "khuyết điểm",
			"hạn chế", "điểm yếu", "nhược điểm", "yếu kém", "thiếu sót", "gì", "đáng kể", "lớn", "nghiêm trọng",
			"cơ bản", "nhìn chung", "còn", "tồn tại", "đôi khi", "đôi lúc", "vẫn", "chút", "ít", "nhiều", "phát hiện",
			"vi phạm", "bị", "kỷ luật", "mắc", "nhất định", "cần", "khắc phục", "sửa chữa", "tiếp thu", "chưa thật sự",
			"thật sự", "chưa cao", "cao");

	private FillerWords() {
	}

}
