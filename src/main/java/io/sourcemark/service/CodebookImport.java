package io.sourcemark.service;

import java.util.List;

/**
 * What importing a codebook file did.
 *
 * @param added        tags new to the project
 * @param alreadyThere tags the project had (same uid or name), left as the project has them
 * @param keysDropped  names of tags imported without their key, because the key was in use
 */
public record CodebookImport(int added, int alreadyThere, List<String> keysDropped) {

    public CodebookImport {
        keysDropped = List.copyOf(keysDropped);
    }

    public String describe() {
        StringBuilder text = new StringBuilder("Imported " + added + (added == 1 ? " tag" : " tags"));
        if (alreadyThere > 0) {
            text.append("; ").append(alreadyThere).append(alreadyThere == 1 ? " was" : " were")
                    .append(" already in the codebook and kept as ").append(alreadyThere == 1 ? "it is" : "they are");
        }
        if (!keysDropped.isEmpty()) {
            text.append("; without their key, which is in use: ").append(String.join(", ", keysDropped));
        }
        return text.append('.').toString();
    }
}
