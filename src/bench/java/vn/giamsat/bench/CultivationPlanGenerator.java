package vn.giamsat.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.giamsat.cultivation.internal.checks.Area;
import vn.giamsat.cultivation.internal.checks.CommitmentText;
import vn.giamsat.cultivation.internal.checks.PlanText;

/**
 * Seeded self-cultivation plans with planted copies, for {@link CopyDetectionBenchmark}.
 *
 * <p>Originals are built from slot pools (verb × object × document/topic × number × date × place), so
 * two independent plans share stock phrases like real ones but rarely a whole commitment. Planted
 * copies, each of an <em>original</em> (so every planted pair is direct):
 * <ul>
 * <li>{@code EXACT} (3 %): another person, same year, same text;</li>
 * <li>{@code EDITED} (3 %): numbers and dates changed, a word dropped, a commitment dropped or added;</li>
 * <li>{@code PARAPHRASE} (3 %): commitments reordered, 1–2 synonym swaps per commitment, action and
 * measure sometimes swapped, one in five retyped without diacritics;</li>
 * <li>{@code NEXT_YEAR} (8 %): the same person's plan of the next year, edited as above;</li>
 * <li>{@code TEMPLATE} (3 %): mostly lines of the official template: a negative, two template copies are
 * not copies of each other.</li>
 * </ul>
 */
public final class CultivationPlanGenerator {

    public enum Kind { ORIGINAL, EXACT, EDITED, PARAPHRASE, NEXT_YEAR, TEMPLATE }

    /** The plans, and for each planted copy the original it was made from. */
    public record Dataset(List<PlanText> plans, Map<String, String> sourceOf, Map<String, Kind> kindOf) {}

    private static final String[] WARDS = {"Bồ Đề", "Cự Khối", "Đức Giang", "Gia Thụy", "Giang Biên", "Long Biên",
            "Ngọc Lâm", "Ngọc Thụy", "Phúc Đồng", "Phúc Lợi", "Sài Đồng", "Thạch Bàn", "Thượng Thanh", "Việt Hưng"};
    private static final String[] STUDY_VERBS = {"Nghiên cứu", "Học tập", "Tìm hiểu", "Đọc và ghi chép", "Tự học",
            "Quán triệt", "Nghiên cứu kỹ", "Học và liên hệ bản thân với"};
    private static final String[] DOCUMENTS = {"Nghị quyết 57-NQ/TW về phát triển khoa học, công nghệ và chuyển đổi số",
            "Quy định 144-QĐ/TW về chuẩn mực đạo đức cách mạng", "Chỉ thị 05-CT/TW về học tập và làm theo Bác",
            "Luật Đất đai 2024", "Luật Thủ đô 2024", "Nghị định 30/2020/NĐ-CP về công tác văn thư",
            "Kết luận 21-KL/TW về xây dựng, chỉnh đốn Đảng", "Quy định 213-QĐ/TW về giữ mối liên hệ nơi cư trú",
            "Luật Phòng, chống tham nhũng", "chuyên đề năm về phong cách nêu gương", "Văn kiện Đại hội Đảng bộ thành phố",
            "Nghị quyết 18-NQ/TW về tinh gọn bộ máy", "Luật Thực hiện dân chủ ở cơ sở", "Nghị quyết 66-NQ/TW về xây dựng pháp luật",
            "Luật Cán bộ, công chức", "Luật Bảo vệ dữ liệu cá nhân", "Quy định 37-QĐ/TW về những điều đảng viên không được làm",
            "lịch sử Đảng bộ quận Long Biên", "tác phẩm Sửa đổi lối làm việc", "Luật Mặt trận Tổ quốc Việt Nam"};
    private static final String[] STUDY_OUTPUTS = {"bài thu hoạch", "bài tham luận", "bản tóm tắt", "bài viết",
            "bản liên hệ bản thân", "chuyên đề sinh hoạt", "bài kiểm tra"};
    private static final String[] WORK_VERBS = {"Giải quyết", "Rà soát", "Hoàn thiện", "Số hóa", "Kiểm tra",
            "Thẩm định", "Lập", "Cập nhật", "Tổng hợp", "Hướng dẫn", "Theo dõi", "Xử lý"};
    private static final String[] WORK_OBJECTS = {"hồ sơ cấp phép xây dựng", "hồ sơ đăng ký hộ kinh doanh",
            "văn bản đến trên phần mềm", "báo cáo thống kê tháng", "hồ sơ đất đai tồn đọng", "đơn thư kiến nghị của công dân",
            "hồ sơ thanh toán", "sổ theo dõi đoàn viên", "danh sách hộ nghèo", "hồ sơ lưu trữ của phòng",
            "kế hoạch kiểm tra an toàn thực phẩm", "dữ liệu dân cư", "hồ sơ chính sách người có công",
            "hồ sơ trật tự đô thị", "báo cáo quyết toán ngân sách", "hồ sơ bảo hiểm xã hội", "văn bản quy phạm của phường",
            "hồ sơ công chức", "hồ sơ dự án chỉnh trang", "thủ tục hành chính trực tuyến"};
    private static final String[] WORK_QUALIFIERS = {"theo đúng quy trình", "trên phần mềm một cửa",
            "thuộc lĩnh vực được phân công", "do phòng phụ trách", "của bộ phận", "tồn từ năm trước",
            "có sự phối hợp của phòng liên quan", "theo yêu cầu của lãnh đạo"};
    private static final String[] ETHICS = {"Không nhận quà của tổ chức, cá nhân có hồ sơ đang giải quyết",
            "Không uống rượu bia trong ngày làm việc", "Đến cơ quan và các cuộc họp đúng giờ",
            "Kê khai tài sản, thu nhập trung thực", "Không sử dụng xe công vào việc riêng",
            "Tự phê bình bằng văn bản những việc làm chưa tốt", "Góp ý thẳng thắn trong sinh hoạt chi bộ",
            "Không tổ chức tiệc tùng linh đình khi gia đình có việc hiếu hỉ", "Giữ thái độ đúng mực khi tiếp công dân",
            "Không dùng điện thoại vào việc riêng trong giờ làm việc", "Tập thể dục để giữ sức khỏe",
            "Tiết kiệm điện, nước, văn phòng phẩm tại phòng làm việc"};
    private static final String[] ETHICS_MEASURES = {"không vi phạm lần nào", "không có phản ánh của người dân",
            "tự kiểm điểm trước chi bộ", "có ghi trong biên bản sinh hoạt", "giảm chi phí điện của phòng",
            "được chi bộ xác nhận", "không bị nhắc nhở lần nào"};
    private static final String[] RESIDENCE = {"Dự họp tổ dân phố số", "Tham gia tổng vệ sinh môi trường tổ",
            "Tham gia tuần tra an ninh cùng tổ", "Thăm hộ nghèo, hộ cận nghèo tổ", "Đóng góp quỹ vì người nghèo tại tổ",
            "Tham gia hòa giải ở cơ sở tại tổ", "Vận động phân loại rác tại nguồn ở tổ", "Sinh hoạt chi hội cựu chiến binh tổ",
            "Tham gia Ngày hội Đại đoàn kết ở tổ", "Báo cáo chi ủy nơi cư trú tổ"};
    private static final String[] STREETS = {"Nguyễn Văn Cừ", "Ngọc Lâm", "Long Biên 1", "Bồ Đề", "Nguyễn Sơn", "Hoàng Như Tiếp",
            "Ngô Gia Tự", "Đức Giang", "Hồng Tiến", "Sài Đồng", "Nguyễn Văn Linh", "Cổ Linh", "Thạch Bàn", "Phúc Lợi",
            "Việt Hưng", "Đoàn Khuê", "Vũ Xuân Thiều", "Nguyễn Cao Luyện", "Trường Lâm", "Thanh Am", "Lâm Du", "Gia Quất",
            "Kim Quan", "Chu Huy Mân", "Lưu Khánh Đàm", "Huỳnh Tấn Phát", "Mai Chí Thọ", "Phan Văn Đáng", "Tư Đình",
            "Lệ Mật", "Thượng Thanh", "Ái Mộ", "Gia Thụy", "Nguyễn Khắc Viện", "Hoa Lâm", "Đặng Vũ Hỷ", "Bát Khối",
            "Cầu Bây", "Ngõ Trạm", "Trạm", "Giang Biên", "Hội Xá", "Tình Quang", "Lâm Hạ", "Nguyễn Lam", "Ô Cách"};
    private static final String[] TOPICS = {"chỉnh trang vỉa hè", "cấp nước sạch", "thoát nước", "chiếu sáng ngõ",
            "điểm tập kết rác", "nhà văn hóa", "trường mầm non", "chợ dân sinh", "bãi đỗ xe", "vườn hoa", "điểm sinh hoạt",
            "camera an ninh", "phòng cháy chữa cháy", "tuyến phố văn minh", "hồ điều hòa"};
    private static final String[] UNITS = {"buổi", "lần", "đợt", "hộ", "cuộc"};
    private static final String[][] SYNONYMS = {{"Nghiên cứu", "Tìm hiểu"}, {"Học tập", "Học"}, {"hồ sơ", "bộ hồ sơ"},
            {"báo cáo", "bản báo cáo"}, {"Tham gia", "Tham dự"}, {"trước", "chậm nhất"}, {"đúng hạn", "đúng thời hạn"},
            {"mỗi", "hằng"}, {"buổi", "lần"}, {"Giải quyết", "Xử lý"}, {"Rà soát", "Kiểm tra lại"},
            {"Không", "Tuyệt đối không"}, {"tổ dân phố", "TDP"}, {"Hoàn thành", "Xong"}, {"bài thu hoạch", "bài viết thu hoạch"},
            {"phần mềm", "hệ thống"}, {"công dân", "người dân"}, {"Viết", "Hoàn thành"}, {"nộp", "gửi"}, {"Dự", "Tham dự"}};
    private static final String[] WEAKNESSES = {"Trình độ tin học còn yếu", "Ngoại ngữ chưa đáp ứng yêu cầu",
            "Còn nể nang trong phê bình", "Xử lý công việc đôi khi chậm", "Ít tham gia hoạt động ở khu dân cư",
            "Kỹ năng soạn thảo văn bản còn hạn chế", "Chưa chủ động tham mưu", "Sức khỏe chưa tốt"};
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final Random random;
    private final List<String> template;

    private CultivationPlanGenerator(long seed, List<String> template) {
        this.random = new Random(seed);
        this.template = template;
    }

    /** {@code count} plans over 2024–2025 with copies planted at the rates of the class comment. */
    public static Dataset generate(int count, long seed, List<String> templateLines) {
        return new CultivationPlanGenerator(seed, templateLines.stream().filter(l -> !l.matches("^[IVX]+\\..*")).toList())
                .run(count);
    }

    private Dataset run(int count) {
        List<PlanText> plans = new ArrayList<>(count);
        List<Integer> originals = new ArrayList<>();
        Map<String, Integer> nextYearDone = new HashMap<>();
        Map<String, String> sourceOf = new HashMap<>();
        Map<String, Kind> kindOf = new HashMap<>();
        int people = 0;
        for (int i = 0; i < count; i++) {
            String id = "KH-" + (i + 1);
            double roll = random.nextDouble();
            Kind kind = originals.size() < 20 ? Kind.ORIGINAL
                    : roll < 0.03 ? Kind.EXACT : roll < 0.06 ? Kind.EDITED : roll < 0.09 ? Kind.PARAPHRASE
                    : roll < 0.17 ? Kind.NEXT_YEAR : roll < 0.20 ? Kind.TEMPLATE : Kind.ORIGINAL;
            PlanText plan = null;
            if (kind == Kind.EXACT || kind == Kind.EDITED || kind == Kind.PARAPHRASE) {
                PlanText source = plans.get(originals.get(random.nextInt(originals.size())));
                String person = "CB-" + (++people);
                List<CommitmentText> text = kind == Kind.EXACT ? source.commitments()
                        : kind == Kind.EDITED ? edit(source.commitments()) : paraphrase(source.commitments());
                plan = new PlanText(id, person, source.year(), source.weaknesses(), text);
                sourceOf.put(id, source.planId());
            } else if (kind == Kind.NEXT_YEAR) {
                PlanText source = plans.get(originals.get(random.nextInt(originals.size())));
                if (source.year() == 2024 && nextYearDone.putIfAbsent(source.personId(), i) == null) {
                    plan = new PlanText(id, source.personId(), 2025, source.weaknesses(), edit(source.commitments()));
                    sourceOf.put(id, source.planId());
                } else {
                    kind = Kind.ORIGINAL;
                }
            }
            if (kind == Kind.TEMPLATE) {
                plan = new PlanText(id, "CB-" + (++people), 2024 + random.nextInt(2), pick(WEAKNESSES), templatePlan());
            } else if (kind == Kind.ORIGINAL) {
                plan = new PlanText(id, "CB-" + (++people), 2024 + random.nextInt(2), weakness(), original());
                originals.add(i);
            }
            plans.add(plan);
            kindOf.put(id, kind);
        }
        return new Dataset(plans, sourceOf, kindOf);
    }

    private List<CommitmentText> original() {
        List<CommitmentText> out = new ArrayList<>();
        int n = 5 + random.nextInt(4);
        for (int c = 0; c < n; c++) {
            out.add(commitment(Area.values()[c % 4]));
        }
        return out;
    }

    /** Individual detail: real plans name their own street, project, lane. */
    private String detail() {
        return switch (random.nextInt(3)) {
            case 0 -> "liên quan " + pick(TOPICS) + " ngõ " + (1 + random.nextInt(300)) + " phố " + pick(STREETS);
            case 1 -> "gắn với " + pick(TOPICS) + " tại phố " + pick(STREETS) + " đoạn số " + (1 + random.nextInt(200));
            default -> "ở khu vực " + pick(STREETS) + " và " + pick(STREETS) + " về " + pick(TOPICS);
        };
    }

    private CommitmentText commitment(Area area) {
        CommitmentText plain = plainCommitment(area);
        return random.nextDouble() < 0.6 ? CommitmentText.of(area, plain.action() + " " + detail(), plain.measure()) : plain;
    }

    private CommitmentText plainCommitment(Area area) {
        String ward = pick(WARDS);
        return switch (area) {
            case POLITICAL_STUDY -> CommitmentText.of(area, pick(STUDY_VERBS) + " " + pick(DOCUMENTS),
                    "Viết " + (1 + random.nextInt(3)) + " " + pick(STUDY_OUTPUTS) + " nộp chi bộ trước " + date());
            case WORK -> CommitmentText.of(area, pick(WORK_VERBS) + " " + pick(WORK_OBJECTS) + " " + pick(WORK_QUALIFIERS),
                    (80 + random.nextInt(21)) + "% " + pick(WORK_OBJECTS) + " đúng hạn, báo cáo trước " + date());
            case ETHICS_LIFESTYLE -> CommitmentText.of(area, pick(ETHICS) + " tại " + pick(new String[] {"phòng",
                    "bộ phận một cửa", "cơ quan", "phường " + ward}), pick(ETHICS_MEASURES) + " trong " + (6 + random.nextInt(7)) + " tháng");
            case RESIDENCE -> CommitmentText.of(area, pick(RESIDENCE) + " " + (1 + random.nextInt(40)) + " phường " + ward,
                    (1 + random.nextInt(12)) + " " + pick(UNITS) + " mỗi " + pick(new String[] {"năm", "quý", "tháng"})
                            + ", báo cáo chi bộ trước " + date());
        };
    }

    private String weakness() {
        return pick(WEAKNESSES) + "; " + pick(WEAKNESSES).toLowerCase();
    }

    private List<CommitmentText> templatePlan() {
        List<CommitmentText> out = new ArrayList<>();
        int n = 4 + random.nextInt(4);
        for (int c = 0; c < n; c++) {
            out.add(CommitmentText.of(Area.values()[c % 4], pick(template.toArray(String[]::new)), ""));
        }
        if (random.nextBoolean()) {
            out.add(commitment(Area.WORK));
        }
        return out;
    }

    private List<CommitmentText> edit(List<CommitmentText> source) {
        List<CommitmentText> out = new ArrayList<>();
        for (CommitmentText c : source) {
            String action = c.action();
            String measure = random.nextBoolean() ? renumber(c.measure()) : c.measure();
            if (random.nextDouble() < 0.3) {
                action = dropWord(action);
            }
            out.add(CommitmentText.of(c.area(), action, measure));
        }
        if (out.size() > 4 && random.nextDouble() < 0.3) {
            out.remove(random.nextInt(out.size()));
        }
        if (random.nextDouble() < 0.3) {
            out.add(commitment(Area.values()[random.nextInt(4)]));
        }
        return out;
    }

    private List<CommitmentText> paraphrase(List<CommitmentText> source) {
        List<CommitmentText> out = new ArrayList<>();
        boolean unaccented = random.nextDouble() < 0.2;
        for (CommitmentText c : source) {
            String action = swap(c.action());
            String measure = swap(c.measure());
            if (random.nextDouble() < 0.25) {
                String t = action;
                action = capitalise(measure);
                measure = t;
            }
            if (unaccented) {
                action = stripDiacritics(action);
                measure = stripDiacritics(measure);
            }
            out.add(CommitmentText.of(c.area(), action, measure));
        }
        Collections.shuffle(out, random);
        return out;
    }

    private String swap(String text) {
        String out = text;
        int swaps = 1 + random.nextInt(2);
        for (int attempt = 0; attempt < 8 && swaps > 0; attempt++) {
            String[] pair = SYNONYMS[random.nextInt(SYNONYMS.length)];
            if (out.contains(pair[0])) {
                out = out.replaceFirst(Pattern.quote(pair[0]), Matcher.quoteReplacement(pair[1]));
                swaps--;
            }
        }
        return out;
    }

    private String renumber(String text) {
        Matcher m = NUMBER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int value = Integer.parseInt(m.group());
            m.appendReplacement(sb, Integer.toString(Math.max(1, value + random.nextInt(3) - 1)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private String dropWord(String text) {
        String[] words = text.split(" ");
        if (words.length < 6) {
            return text;
        }
        int drop = 1 + random.nextInt(words.length - 1);
        List<String> kept = new ArrayList<>(List.of(words));
        kept.remove(drop);
        return String.join(" ", kept);
    }

    private String date() {
        return (1 + random.nextInt(28)) + "/" + (1 + random.nextInt(12));
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String stripDiacritics(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{Mn}", "").replace('đ', 'd').replace('Đ', 'D');
    }
}
