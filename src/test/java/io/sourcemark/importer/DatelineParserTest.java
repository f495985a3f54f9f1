package io.sourcemark.importer;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatelineParserTest {

    private static Dateline parse(String line) {
        return DatelineParser.parse(line).orElseThrow(() -> new AssertionError("not a dateline: " + line));
    }

    @Test
    void readsTheAfpLineWithNoBreakSpacesAsDayMonthYear() {
        Dateline d = parse("05/09/2023 20:58:37\u00A0–\u00A0\u00A0\u00A0\u00A0\u00A0Washington (AFP)\u00A0–"
                + "\u00A0\u00A0\u00A0\u00A0©\u00A02023\u00A0AFP");
        assertEquals(new Dateline(LocalDate.of(2023, 9, 5), "Washington", "AFP"), d);
    }

    @Test
    void readsReutersWithHyphensAndWithoutTime() {
        assertEquals(new Dateline(LocalDate.of(2024, 3, 14), "LONDON", "Reuters"),
                parse("14/03/2024 - LONDON (Reuters) - © 2024 Reuters. All rights reserved."));
    }

    @Test
    void readsApNumericDatesMonthFirst() {
        assertEquals(new Dateline(LocalDate.of(2023, 5, 9), "New York", "AP"),
                parse("05/09/2023 10:15 AM — New York (AP)"));
    }

    @Test
    void aDayAbove12DecidesTheOrderWhateverTheAgency() {
        assertEquals(LocalDate.of(2023, 9, 25), parse("09/25/2023 — Paris (AFP)").date());
    }

    @Test
    void readsDatesWithMonthNames() {
        assertEquals(new Dateline(LocalDate.of(2023, 9, 5), "Seoul", "Yonhap"),
                parse("September 5, 2023 — Seoul (Yonhap)"));
        assertEquals(LocalDate.of(2023, 9, 5), parse("Tue 5 Sept. 2023 14:02 GMT – Berlin (dpa)").date());
        assertEquals(LocalDate.of(2024, 2, 12), parse("Feb. 12, 2024 - Houston (Associated Press)").date());
    }

    @Test
    void acceptsAPlaceWithoutADateOrADateWithOnlyACopyright() {
        assertEquals(new Dateline(null, "Kyiv", "Reuters"), parse("Kyiv (Reuters)"));
        assertEquals(new Dateline(LocalDate.of(2023, 9, 5), null, "AFP"), parse("2023-09-05 – © 2023 AFP"));
    }

    @Test
    void rejectsOrdinaryText() {
        assertEquals(Optional.empty(), DatelineParser.parse("The White House on Tuesday warned North Korea (DPRK)."));
        assertEquals(Optional.empty(), DatelineParser.parse("Washington (AFP) – The White House warned on Tuesday"));
        assertEquals(Optional.empty(), DatelineParser.parse("05/09/2023 – a day to remember"));
        assertEquals(Optional.empty(), DatelineParser.parse("05/09/2023"));
        assertTrue(DatelineParser.parse("").isEmpty());
    }
}
