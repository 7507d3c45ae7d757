package nl.tztcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTests {

    @ParameterizedTest(name = "{0} passes the 11-test")
    @ValueSource(
            strings = {
                "111222333", // 9x1+8x1+7x1+6x2+5x2+4x2+3x3+2x3 -1x3 = 66 = 6 x 11
                "123456782", // 9+16+21+24+25+24+21+16 -2 = 154 = 14 x 11
                "000000231"
            }) // leading zeros kept: 2x3 + 3x2 - 1 = 11
    void validBsnPassesTheElevenTest(String bsn) {
        // given a BSN whose weighted sum is a multiple of 11
        // when tested
        boolean valid = Bsn.isValid(bsn);

        // then it passes
        assertThat(valid).isTrue();
    }

    @ParameterizedTest(name = "''{0}'' fails")
    @ValueSource(
            strings = {
                "123456789", // 156 - 9 = 147 = 13 x 11 + 4
                "111222334", // 66 - 1 = 65
                "111222332", // one digit off the other way: 67
                "000000000", // sum 0: a multiple of 11, but not a BSN
                "12345678", // 8 digits (Excel dropped a leading zero)
                "1234567820", // 10 digits
                "12345678a",
                "12345678 ",
                "-12345678",
                "999999999"
            }) // 9 x 44 - 9 = 387: fails the test (it is the "no BSN" marker, see below)
    void invalidBsnFailsTheElevenTest(String bsn) {
        // given / when / then
        assertThat(Bsn.isValid(bsn)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "999999999", " 999999999 "})
    void noBsnAndTheAllNinesMarkerAreAbsentSoNotTested(String bsn) {
        // given / when / then
        assertThat(Bsn.isAbsent(bsn)).isTrue();
    }

    @Test
    void aFilledInBsnIsNotAbsentEvenWhenInvalid() {
        // given / when / then
        assertThat(Bsn.isAbsent("111222333")).isFalse();
        assertThat(Bsn.isAbsent("000000000")).isFalse();
        assertThat(Bsn.isAbsent("12345678")).isFalse();
        assertThat(Bsn.isValid(null)).isFalse();
    }
}
