package io.aftersales.support;

import io.aftersales.asset.Vin;
import java.util.concurrent.ThreadLocalRandom;

/** Valid Chinese VINs that no test has used before. */
public final class TestVins {

    private static final String CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";

    private TestVins() {}

    public static String next() {
        StringBuilder vin = new StringBuilder("LSV");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 3; i < 17; i++) {
            vin.append(i >= 11 ? (char) ('0' + random.nextInt(10)) : CHARS.charAt(random.nextInt(CHARS.length())));
        }
        vin.setCharAt(8, Vin.checkDigit(vin.toString()));
        return vin.toString();
    }

    /** A plate of Shanghai with random characters. */
    public static String plate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "沪" + (char) ('A' + random.nextInt(8)) + String.format("%05d", random.nextInt(100_000));
    }
}
