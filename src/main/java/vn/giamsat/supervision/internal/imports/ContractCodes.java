package vn.giamsat.supervision.internal.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract's Vietnamese codes (API-CONTRACT.md, imports) and the English enum names
 * the tables hold. Kept as plain maps so the imports do not depend on the supervision
 * module's enums, which are written in parallel; the names are the ones the schema
 * comments fix.
 */
final class ContractCodes {

	static final Map<String, String> METHODS = map("THEO_DOI_HANG_NGAY", "DAILY_OBSERVATION", "TRAO_DOI_TRUC_TIEP",
			"DIRECT_EXCHANGE", "KIEM_TRA_CAM_KET", "COMMITMENT_CHECK", "NGHIEN_CUU_VAN_BAN", "DOCUMENT_REVIEW",
			"DOAN_GIAM_SAT", "DELEGATION", "HOAT_DONG", "ACTIVITY", "THANH_TRA_NHAN_DAN", "PEOPLES_INSPECTION",
			"PHAN_ANH", "CITIZEN_REPORT");

	static final Map<String, String> FINDINGS = map("TOT", "GOOD", "LUU_Y", "NOTE", "DANG_QUAN_NGAI", "CONCERN",
			"CO_DAU_HIEU_VI_PHAM", "SIGN_OF_VIOLATION");

	static final Map<String, String> KINDS = map("BIEU_DUONG", "COMMENDATION", "GOP_Y", "SUGGESTION", "PHE_BINH",
			"CRITICISM");

	static final Map<String, String> TOPICS = map("KE_HOACH_TU_DUONG", "CULTIVATION_PLAN", "PHUONG_PHAP_HIEU_QUA",
			"WORKING_METHODS", "QUY_TAC_UNG_XU", "CODE_OF_CONDUCT", "NOI_QUY_QUY_CHE", "INTERNAL_RULES", "KHAC",
			"OTHER");

	private ContractCodes() {
	}

	static String[] codes(Map<String, String> map) {
		return map.keySet().toArray(String[]::new);
	}

	static List<String> codeList(Map<String, String> map) {
		return List.copyOf(map.keySet());
	}

	private static Map<String, String> map(String... pairs) {
		Map<String, String> m = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			m.put(pairs[i], pairs[i + 1]);
		}
		return java.util.Collections.unmodifiableMap(m);
	}

}
