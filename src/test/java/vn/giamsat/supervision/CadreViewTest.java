package vn.giamsat.supervision;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.giamsat.supervision.internal.CadreView;
import vn.giamsat.supervision.internal.OpinionStore.Released;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a cadre sees of released opinions: never the author; below the threshold of
 * contributing organisations, grouped by subject matter and out of time order.
 */
class CadreViewTest {

	static Released released(long id, LocalDate date, long organisation, OpinionTopic topic) {
		return new Released(id, date, organisation, OpinionKind.SUGGESTION, topic, "Ý kiến " + id, null, null, null);
	}

	@Test
	void whatTheCadreSeesHasNoFieldThatCouldNameTheAuthor() {
		assertThat(Arrays.stream(CadreOpinion.class.getRecordComponents()).map(c -> c.getName()))
			.doesNotContain("organisationId", "organisation", "createdBy", "author", "date")
			.contains("month");
	}

	@Test
	void fewerThanThreeContributingOrganisationsGivesGroupsBySubjectMatterWithMonthsOnly() {
		List<Released> rows = List.of(released(1, LocalDate.of(2026, 3, 2), 10, OpinionTopic.CODE_OF_CONDUCT),
				released(2, LocalDate.of(2026, 3, 20), 11, OpinionTopic.WORKING_METHODS),
				released(3, LocalDate.of(2026, 4, 1), 10, OpinionTopic.CODE_OF_CONDUCT),
				released(4, LocalDate.of(2026, 4, 9), 10, OpinionTopic.CODE_OF_CONDUCT));
		CadreOpinions view = CadreView.of(rows, 3);
		assertThat(view.aggregated()).isTrue();
		assertThat(view.groups()).extracting(CadreOpinions.Group::topic)
			.containsExactly(OpinionTopic.WORKING_METHODS, OpinionTopic.CODE_OF_CONDUCT);
		assertThat(view.groups().get(1).opinions()).extracting(CadreOpinion::month)
			.containsExactlyInAnyOrder("03/2026", "04/2026", "04/2026");
		assertThat(view.count()).isEqualTo(4);
	}

	@Test
	void theOrderInsideAGroupIsNotTheOrderOfDates() {
		List<Released> rows = new java.util.ArrayList<>();
		for (int i = 1; i <= 8; i++) {
			rows.add(released(100 + i, LocalDate.of(2026, 1, 1).plusDays(i), 1, OpinionTopic.OTHER));
		}
		List<Long> shown = CadreView.of(rows, 3).groups().get(0).opinions().stream().map(CadreOpinion::id).toList();
		assertThat(shown).containsExactlyInAnyOrder(101L, 102L, 103L, 104L, 105L, 106L, 107L, 108L)
			.isNotEqualTo(List.of(101L, 102L, 103L, 104L, 105L, 106L, 107L, 108L));
		assertThat(CadreView.of(rows, 3).groups().get(0).opinions().stream().map(CadreOpinion::id).toList())
			.as("stable on reload")
			.isEqualTo(shown);
	}

	@Test
	void threeOrMoreContributingOrganisationsGiveOneListInTimeOrderStillWithoutAuthors() {
		List<Released> rows = List.of(released(1, LocalDate.of(2026, 3, 2), 10, OpinionTopic.CODE_OF_CONDUCT),
				released(2, LocalDate.of(2026, 3, 20), 11, OpinionTopic.WORKING_METHODS),
				released(3, LocalDate.of(2026, 4, 1), 12, OpinionTopic.CODE_OF_CONDUCT));
		CadreOpinions view = CadreView.of(rows, 3);
		assertThat(view.aggregated()).isFalse();
		assertThat(view.groups()).singleElement()
			.satisfies(g -> assertThat(g.opinions()).extracting(CadreOpinion::id).containsExactly(1L, 2L, 3L));
	}

	@Test
	void theThresholdIsConfigurable() {
		List<Released> rows = List.of(released(1, LocalDate.of(2026, 3, 2), 10, OpinionTopic.OTHER),
				released(2, LocalDate.of(2026, 3, 20), 11, OpinionTopic.OTHER));
		assertThat(CadreView.of(rows, 2).aggregated()).isFalse();
		assertThat(CadreView.of(rows, 5).aggregated()).isTrue();
	}

}
