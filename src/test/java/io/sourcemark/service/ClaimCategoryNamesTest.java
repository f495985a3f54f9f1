package io.sourcemark.service;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The engine's categories of claims are stored by name: both enums must name the same categories. */
class ClaimCategoryNamesTest {

    @Test
    void everyCategoryTheEngineGivesCanBeStored() {
        assertEquals(Arrays.stream(io.sourcemark.analysis.ClaimCategory.values()).map(Enum::name).toList(),
                Arrays.stream(io.sourcemark.model.ClaimCategory.values()).map(Enum::name).toList());
    }
}
