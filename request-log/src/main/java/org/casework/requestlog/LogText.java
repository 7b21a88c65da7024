package org.casework.requestlog;

/** Makes untrusted text safe to put in a log line: control characters become visible escapes. */
public final class LogText {

    private static final int MAX = 300;

    private LogText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "-";
        }
        StringBuilder sb = new StringBuilder(Math.min(text.length(), MAX) + 8);
        for (int i = 0; i < text.length() && i < MAX; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (text.length() > MAX) {
            sb.append("...");
        }
        return sb.toString();
    }
}
