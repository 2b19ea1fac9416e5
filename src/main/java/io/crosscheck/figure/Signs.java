package io.crosscheck.figure;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * Signed figures: "−4 %" and "minus three percent" are negative levels, "une baisse de 12 %" and "down
 * 5%" are negative changes, "+3 %" and "a rise of 3 %" positive changes. A figure is read unsigned and
 * then negated here: points and ranges mirror, and an open bound turns round ("a drop of more than
 * 12 %" is a change of at most −12 %).
 */
final class Signs {

    private Signs() {
    }

    static boolean isSignChar(char c) {
        return c == '-' || c == '−' || c == '+' || c == '–';
    }

    static Figure negate(Figure f) {
        if (f.kind() == FigureKind.CATEGORY) {
            return f;
        }
        FigureKind kind = switch (f.kind()) {
            case AT_LEAST -> FigureKind.AT_MOST;
            case AT_MOST -> FigureKind.AT_LEAST;
            default -> f.kind();
        };
        Set<FigureFlag> flags = EnumSet.noneOf(FigureFlag.class);
        for (FigureFlag g : f.flags()) {
            flags.add(switch (g) {
                case LOW_EXCLUSIVE -> FigureFlag.HIGH_EXCLUSIVE;
                case HIGH_EXCLUSIVE -> FigureFlag.LOW_EXCLUSIVE;
                default -> g;
            });
        }
        return new Figure(kind, f.dimension(), neg(f.value()), neg(f.high()), neg(f.low()), f.currency(), f.unit(),
                f.category(), f.text(), f.lang(), f.step(), f.nature(), flags);
    }

    private static BigDecimal neg(BigDecimal d) {
        return d == null ? null : Intervals.canon(d.negate());
    }
}
