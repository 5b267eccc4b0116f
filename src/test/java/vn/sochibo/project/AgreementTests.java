package vn.sochibo.project;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AgreementTests {

	@ParameterizedTest(name = "{0} of {1} → {2}")
	@CsvSource({ "51, 100, true", "50, 100, false", "2, 4, false", "3, 4, true", "3, 5, true", "2, 5, false",
			"1, 1, true", "0, 1, false", "0, 0, false", "111, 112, true" })
	void moreThanHalfOfTheAreasHouseholdsIsAMajority(int agreeing, int areaHouseholds, boolean majority) {
		assertThat(Agreement.isMajority(agreeing, areaHouseholds)).isEqualTo(majority);
	}

	@ParameterizedTest(name = "{0} of {1} → {2}")
	@CsvSource(delimiter = ';',
			value = { "111; 112; 99,1%", "1; 2; 50,0%", "2; 3; 66,7%", "112; 112; 100,0%", "0; 5; 0,0%", "0; 0; —" })
	void theShareIsWrittenTheVietnameseWay(int agreeing, int areaHouseholds, String percent) {
		assertThat(Agreement.percent(agreeing, areaHouseholds)).isEqualTo(percent);
	}

}
