package io.crosscheck.embed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The stylesheet (one for claim cards, one for topic cards) and the one script every widget carries
 * inline, and the Content-Security-Policy that allows exactly these (by SHA-256 hash: cached HTML
 * cannot carry a per-response nonce). All are constants, never built from user data.
 */
public final class WidgetAssets {

    /** Posts the document height to the parent whenever it changes; the parent checks who sent it. */
    public static final String RESIZE_SCRIPT = "(function(){var last=0;function post(){"
            + "var h=Math.ceil(document.documentElement.getBoundingClientRect().height);"
            + "if(h!==last&&window.parent!==window){last=h;window.parent.postMessage({type:'crosscheck:resize',height:h},'*');}}"
            + "if(window.ResizeObserver){new ResizeObserver(post).observe(document.documentElement);}"
            + "window.addEventListener('load',post);post();})();";

    /** What every card shares: themes, the card, its footer, headings, lists, links and verdict badges. */
    private static final String BASE = """
            :root{color-scheme:light;--bg:#fff;--fg:#1f2328;--mute:#59636e;--line:#d1d9e0;--accent:#0b5cad;\
            --ok:#1a7f37;--okbg:#dafbe1;--warn:#9a4b00;--warnbg:#fff1e5;--bad:#b42318;--badbg:#ffebe9;--gray:#eaeef2}
            html.dark{color-scheme:dark;--bg:#0d1117;--fg:#e6edf3;--mute:#9198a1;--line:#30363d;--accent:#58a6ff;\
            --ok:#3fb950;--okbg:#12261e;--warn:#e3a14d;--warnbg:#2e1f0e;--bad:#f85149;--badbg:#2d1214;--gray:#262c36}
            *{box-sizing:border-box}
            html{background:transparent}
            body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg)}
            .card{background:var(--bg);border:1px solid var(--line);border-radius:10px;padding:14px 16px 12px;min-width:0;overflow-wrap:anywhere}
            .top{display:flex;flex-wrap:wrap;align-items:baseline;gap:6px 10px;margin-bottom:6px}
            .figure{font-size:22px;font-weight:700;letter-spacing:-.01em}
            .badge{display:inline-block;font-size:12px;font-weight:600;padding:1px 8px;border-radius:999px;\
            background:var(--gray);color:var(--fg)}
            .v-SUPPORTED{background:var(--okbg);color:var(--ok)}
            .v-DISPUTED,.v-MISLEADING{background:var(--warnbg);color:var(--warn)}
            .v-FALSE{background:var(--badbg);color:var(--bad)}
            h2{font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--mute);margin:10px 0 4px}
            ul{list-style:none;margin:0;padding:0}
            li{padding:5px 0;border-top:1px solid var(--line);font-size:13px}
            li:first-child{border-top:0}
            a{color:var(--accent);text-decoration:none}
            a:hover,a:focus{text-decoration:underline}
            .foot{display:flex;justify-content:space-between;gap:8px;flex-wrap:wrap;margin-top:10px;padding-top:8px;\
            border-top:1px solid var(--line);font-size:12px;color:var(--mute)}
            .brand{font-weight:700;color:var(--fg)}
            .missing{color:var(--mute)}
            """;

    /** The stylesheet of claim cards and of the "does not exist" card. */
    public static final String CSS = BASE + """
            .norm{color:var(--mute);font-size:13px}
            .statement{margin:4px 0 8px;font-size:16px}
            .meta{color:var(--mute);font-size:13px;margin:0 0 8px}
            .alert{font-size:13px;margin:6px 0;padding:6px 9px;border-radius:6px;background:var(--warnbg);color:var(--fg)}
            .alert b{color:var(--warn)}
            q{display:block;color:var(--mute);font-style:italic;quotes:"\\201C" "\\201D"}
            .more{font-size:13px;margin:6px 0 0}
            """;

    /**
     * The stylesheet of topic and comparison cards: the charts' fonts, fills and strokes are here once,
     * not on every element of every chart.
     */
    public static final String TOPIC_CSS = BASE + """
            .wchart{display:block;width:100%;background:#fff;border:1px solid var(--line);border-radius:6px;margin:6px 0}
            .wchart text{font-size:12px;fill:#24292f}
            .wchart .w0,.wchart .w1,.wchart .w2{fill:#57606a;text-anchor:middle}
            .wchart .w1,.wchart .w2{display:none}
            .wchart .heading{font-weight:700}
            .grid path{fill:none;stroke:#d0d7de;vector-effect:non-scaling-stroke}
            .grid .minor{stroke:#eef1f4}
            .wchart .context line{stroke:#6e7781;stroke-width:1.5;stroke-dasharray:2 3}
            .wchart .context text{fill:#57606a}
            .contradiction{stroke:#cf222e;stroke-width:1.5;stroke-dasharray:4 3}
            .mark line{stroke:currentColor;stroke-width:8;stroke-linecap:round}
            .mark.vague line{stroke-opacity:.45}
            .mark circle,.mark path,.wchart .mark .fig{fill:currentColor}
            @media (min-width:440px){.wchart .w1{display:inline}}
            @media (min-width:640px){.wchart .w2{display:inline}}
            .title{font-size:19px}
            .sum{margin:0 0 4px;font-size:13px;color:var(--mute)}
            .legend{color:var(--mute);font-size:12px;margin:4px 0}
            .row{display:flex;gap:8px;align-items:baseline;flex-wrap:wrap}
            .row .fig{font-weight:600}
            li.more{font-size:12px}
            """;

    /**
     * The revision of the pages' markup ({@link WidgetHtml}), part of {@link #VERSION}: bump it when the
     * markup changes, so pages cached before are not revalidated (304) with the old markup.
     * 2: pages written by WidgetHtml within their byte budget, "and N more" lines.
     * 3: a claim card says how many more claims dispute it than the five it names.
     */
    static final String MARKUP = "3";

    public static final String SCRIPT_HASH = sha256(RESIZE_SCRIPT);
    public static final String STYLE_HASH = sha256(CSS);
    public static final String TOPIC_STYLE_HASH = sha256(TOPIC_CSS);
    /**
     * Names these assets in every widget ETag: a release that changes them changes every ETag, so a
     * page cached before it is never revalidated (304) under a policy that no longer allows its style.
     */
    public static final String VERSION = Integer.toHexString((CSS + TOPIC_CSS + RESIZE_SCRIPT + MARKUP).hashCode());

    private WidgetAssets() {
    }

    /** The widget policy: nothing but the inline styles and script above; framing per configuration. */
    public static String csp(String frameAncestors) {
        return "default-src 'none'; style-src '" + STYLE_HASH + "' '" + TOPIC_STYLE_HASH + "'; script-src '" + SCRIPT_HASH + "'; img-src data:; "
                + "base-uri 'none'; form-action 'none'; frame-ancestors " + frameAncestors;
    }

    static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
