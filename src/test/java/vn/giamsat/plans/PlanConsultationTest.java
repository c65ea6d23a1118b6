package vn.giamsat.plans;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.plans.internal.PlanEditing;
import vn.giamsat.plans.internal.PlanEvents;
import vn.giamsat.plans.internal.PlanLifecycle;
import vn.giamsat.plans.internal.PlanStore;
import vn.giamsat.plans.internal.PlanningService;
import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.web.UserInputException;
import vn.giamsat.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Consulting the member organisations, and the plan's conference and workshop. */
@IntegrationTest
class PlanConsultationTest {

	@Autowired
	PlanEditing editing;

	@Autowired
	PlanningService planning;

	@Autowired
	PlanStore store;

	@Autowired
	PlanLifecycle lifecycle;

	@Autowired
	PlanEvents events;

	@Autowired
	OrgStructure structure;

	@AfterEach
	void signOut() {
		PlanFixtures.signOut();
	}

	@Test
	void aMemberOrganisationCommentsOnlyWhileThePlanIsUnderConsultation() {
		PlanFixtures.signInAs("mttq.longbien", "FRONT_OFFICER");
		PlanFixtures plans = new PlanFixtures(editing, planning, store, structure);
		long id = editing.create(2027, new PlanEditing.General(null, null, "Kế hoạch hiệp thương thử", "", "", 1));
		editing.setFocalUnit(id, plans.version(id), "LB-PN", java.math.BigDecimal.ONE);
		PlanFixtures.signInAs("hoiphunu.longbien", "MEMBER_ORG_OFFICER");
		assertThatThrownBy(() -> events.comment(id, "Đề nghị bổ sung tiêu chí")).isInstanceOf(UserInputException.class);
		PlanFixtures.signInAs("mttq.longbien", "FRONT_OFFICER");
		lifecycle.move(id, plans.version(id), PlanStatus.CONSULTING, null);
		PlanFixtures.signInAs("hoiphunu.longbien", "MEMBER_ORG_OFFICER");
		events.comment(id, "Hội đề nghị giao thêm đối tượng là cán bộ nữ");
		assertThatThrownBy(() -> events.comment(id, " ")).isInstanceOf(UserInputException.class);
		assertThatThrownBy(() -> editing.setFocalUnit(id, plans.version(id), "LB-PN", java.math.BigDecimal.TEN))
			.isInstanceOf(OutOfScopeException.class);
		PlanFixtures.signInAs("hoiphunu.longbien", "MEMBER_ORG_OFFICER");
		assertThat(events.comments(id)).singleElement()
			.satisfies(c -> assertThat(c.organisationName()).isEqualTo("Hội Liên hiệp Phụ nữ quận Long Biên"));
		PlanFixtures.signInAs("mttq.viethung", "FRONT_OFFICER");
		assertThatThrownBy(() -> events.comment(id, "Ý kiến ngoài phạm vi")).isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void theOwnerRecordsTheLaunchConferenceAndAnIncompleteEventIsRefused() {
		PlanFixtures.signInAs("mttq.longbien", "FRONT_OFFICER");
		long id = editing.create(2028, new PlanEditing.General(null, null, "Kế hoạch có hội nghị", "", "", 1));
		events.addEvent(id, PlanEvents.Kind.LAUNCH_CONFERENCE, LocalDate.of(2028, 1, 20), "Hội trường UBND quận",
				"Thường trực Quận ủy; các tổ chức thành viên", "Thống nhất phân công đơn vị đầu mối.");
		assertThatThrownBy(() -> events.addEvent(id, PlanEvents.Kind.SKILLS_WORKSHOP, null, " ", null, null))
			.isInstanceOf(UserInputException.class)
			.satisfies(ex -> assertThat(((UserInputException) ex).problems()).hasSize(2));
		assertThat(events.events(id)).singleElement().satisfies(e -> {
			assertThat(e.kind()).isEqualTo(PlanEvents.Kind.LAUNCH_CONFERENCE);
			assertThat(e.place()).isEqualTo("Hội trường UBND quận");
		});
	}

}
