package io.sourcemark.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 indices into an article body (Java {@code String} indices).
 */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Invalid range [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean overlaps(TextRange other) {
        return start < other.end && other.start < end;
    }

    /** The text this range covers in {@code body}. */
    public String of(String body) {
        return body.substring(start, end);
    }
}
