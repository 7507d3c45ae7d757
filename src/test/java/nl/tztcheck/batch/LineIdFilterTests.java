package nl.tztcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineIdFilterTests {

    @Test
    void anIdSeenBeforeIsAlwaysReportedAsPerhapsSeen() {
        // given a filter that has seen a few ids
        LineIdFilter filter = new LineIdFilter();
        for (String id : new String[] {"R0000001", "L-17", "", "2024030500001"}) {
            assertThat(filter.add(id)).as(id).isFalse();
        }

        // when they come again, then every one of them is reported (a repeated line id is never
        // missed)
        for (String id : new String[] {"R0000001", "L-17", "", "2024030500001"}) {
            assertThat(filter.add(id)).as(id).isTrue();
        }
    }

    @Test
    void aMillionDistinctIdsGiveAtMostAFalseAlarm() {
        // given a million distinct ids shaped like an administration's line numbers (differing in a
        // digit or two)
        LineIdFilter filter = new LineIdFilter();
        int perhaps = 0;

        // when each is added once
        for (int i = 0; i < 1_000_000; i++) {
            if (filter.add("R" + String.format("%07d", i))) {
                perhaps++;
            }
        }

        // then (nearly) none is taken for a repeat: 16 MB and 5 hashes expect about 0.01 false
        // alarms in a million
        assertThat(perhaps).isLessThanOrEqualTo(1);
    }

    @Test
    void idsThatDifferOnlyInOrderOrCaseHashApart() {
        assertThat(LineIdFilter.hash("AB")).isNotEqualTo(LineIdFilter.hash("BA"));
        assertThat(LineIdFilter.hash("ab")).isNotEqualTo(LineIdFilter.hash("AB"));
        assertThat(LineIdFilter.hash("R0000010")).isNotEqualTo(LineIdFilter.hash("R0000001"));
    }
}
