package io.crosscheck.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Generates key secrets and hashes them; the comparison of hashes takes constant time. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String PREFIX = "cck_";

    private Secrets() {
    }

    /** 32 random bytes (256 bits): far beyond guessing, which is why a plain SHA-256 is a safe store. */
    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Enough of a generated secret to tell keys apart (the 256 random bits after it stay secret); of
     * a secret chosen by an operator (CROSSCHECK_ADMIN_KEY), which may be weaker, only three characters.
     */
    static String prefixOf(String secret) {
        int shown = secret.startsWith(PREFIX) ? 10 : 3;
        return secret.substring(0, Math.min(secret.length(), shown)) + (shown == 3 ? "…" : "");
    }
}
