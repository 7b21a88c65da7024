package org.casework.audit.proof;

import java.util.Base64;

/** The PEM armour (RFC 7468) around a DER key. */
final class Pem {

    private Pem() {
    }

    static byte[] decode(String pem, String label) {
        if (pem == null) {
            throw new KeyFormatException("no " + label, null);
        }
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new KeyFormatException("no " + begin + " ... " + end + " block", null);
        }
        String body = pem.substring(from + begin.length(), to).replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new KeyFormatException("the " + label + " block is not Base64", e);
        }
    }

    static String encode(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }
}
