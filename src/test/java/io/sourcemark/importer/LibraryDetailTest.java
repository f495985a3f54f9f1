package io.sourcemark.importer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LibraryDetailTest {

    @Test
    void keepsWhatIsWrongWithTheFileAndLeavesOutTheAdviceToProgrammers() {
        // POI's words for a record over its limit
        RuntimeException poi = new RuntimeException("Tried to read data but the maximum length for this record type "
                + "is 100,000,000.\nIf the file is not corrupt and not large, please open an issue on bugzilla to "
                + "request \nincreasing the maximum allowable size for this record type.\nYou can set a higher "
                + "override value with IOUtils.setByteArrayMaxOverride()");
        assertEquals("Tried to read data but the maximum length for this record type is 100,000,000",
                LibraryDetail.of(poi));
        assertEquals(" (End-of-File, expected line)", LibraryDetail.inParentheses(
                new java.io.IOException("End-of-File, expected line")));
        assertEquals("", LibraryDetail.inParentheses(new NullPointerException()));
        assertEquals(200, LibraryDetail.of(new RuntimeException("x".repeat(500))).length());
    }

    @Test
    void aWordDocumentOverARecordLimitIsRefusedAsTooLargeNotWithTheLibrarysAdvice() {
        ImportException refused = DocxImporter.refusal("big.docx", new RuntimeException("Tried to read data but "
                + "the maximum length for this record type is 100,000,000.\nIf the file is not corrupt and not "
                + "large, please open an issue on bugzilla"));
        org.junit.jupiter.api.Assertions.assertFalse(refused.getMessage().contains("bugzilla"), refused.getMessage());
    }
}
