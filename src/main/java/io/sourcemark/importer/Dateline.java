package io.sourcemark.importer;

import java.time.LocalDate;

/**
 * A news agency's dateline line, such as {@code 05/09/2023 20:58:37 – Washington (AFP) – © 2023 AFP}.
 *
 * @param date   the date, or null when the line has none
 * @param place  the place the story was filed from, or null
 * @param agency the agency ("AFP", "Reuters", "AP")
 */
record Dateline(LocalDate date, String place, String agency) {
}
