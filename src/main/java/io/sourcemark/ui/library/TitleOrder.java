package io.sourcemark.ui.library;

import java.util.Comparator;
import java.util.Locale;

/**
 * Titles as a reader orders them: letters without regard to case, and a run of digits by its number, so that
 * "Copy 2" comes before "Copy 10" and "Day 9" before "Day 10".
 */
final class TitleOrder implements Comparator<String> {

    @Override
    public int compare(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            char c = x.charAt(i);
            char d = y.charAt(j);
            if (Character.isDigit(c) && Character.isDigit(d)) {
                int endI = digitsEnd(x, i);
                int endJ = digitsEnd(y, j);
                int byNumber = compareNumbers(x.substring(i, endI), y.substring(j, endJ));
                if (byNumber != 0) {
                    return byNumber;
                }
                i = endI;
                j = endJ;
            } else if (c != d) {
                return Character.compare(c, d);
            } else {
                i++;
                j++;
            }
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Two runs of digits by the numbers they write, however long: leading zeros aside, the longer is larger. */
    private static int compareNumbers(String m, String n) {
        String p = m.replaceFirst("^0+(?=.)", "");
        String q = n.replaceFirst("^0+(?=.)", "");
        return p.length() != q.length() ? Integer.compare(p.length(), q.length()) : p.compareTo(q);
    }
}
