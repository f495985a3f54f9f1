package io.sourcemark.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimModelTest {

    @Test
    void writtenModelReadsBackToTheSameText() throws IOException {
        ClaimModel model = new ClaimModel(Map.of("w=said", 0.25, "g=NUMBER", 1.5), -0.5, 1.2, 0.1, 0.4);
        ClaimModel back = ClaimModel.read(stream(model.write()));
        assertEquals(model.write(), back.write());
        assertEquals(-0.5 + 0.25 + 1.5, back.raw(List.of("w=said", "g=NUMBER", "g=NUMBER", "w=unknown")), 1e-9);
        assertEquals(0.4, back.threshold());
    }

    @Test
    void shippedModelCalibratesScoresIntoZeroToOne() {
        ClaimModel model = ClaimModel.load();
        assertTrue(model.threshold() > 0.2 && model.threshold() < 0.8, "threshold " + model.threshold());
        assertTrue(model.probability(-50) < 0.01 && model.probability(50) > 0.99);
    }

    @Test
    void malformedModelNamesTheLine() {
        IOException e = assertThrows(IOException.class, () -> ClaimModel.read(stream("bias\tx\n")));
        assertTrue(e.getMessage().contains("bias\tx"), e.getMessage());
        IOException unknown = assertThrows(IOException.class, () -> ClaimModel.read(stream("weights 1\n")));
        assertTrue(unknown.getMessage().contains("Unknown line"), unknown.getMessage());
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
