package io.sourcemark.export;

/** The four files of one article in brat standoff: the text, its annotations, and brat's two configurations. */
public record BratDocument(String text, String annotations, String annotationConf, String visualConf) {
}
