package io.crosscheck.figure;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class JqwikSmokeTest {
    @Property(tries = 10)
    boolean jqwikRunsOnThisJUnitPlatform(@ForAll int n) {
        return n == n;
    }
}
