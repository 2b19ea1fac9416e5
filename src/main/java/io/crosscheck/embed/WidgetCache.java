package io.crosscheck.embed;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered widgets by key and ETag. A change to what a widget shows changes its ETag, so a stale
 * entry is never served, only left to be evicted; no invalidation is needed.
 */
@ApplicationScoped
public class WidgetCache {

    private final ConcurrentHashMap<String, byte[]> entries = new ConcurrentHashMap<>();
    private final int max;

    WidgetCache(EmbedConfig config) {
        this.max = config.htmlCacheSize();
    }

    public byte[] get(String key) {
        return max <= 0 ? null : entries.get(key);
    }

    public void put(String key, byte[] html) {
        if (max <= 0) {
            return;
        }
        if (entries.size() >= max) {
            // Drop about a tenth, in no particular order: cheap, and a miss only costs one render.
            Iterator<String> it = entries.keySet().iterator();
            for (int i = 0; i < Math.max(1, max / 10) && it.hasNext(); i++) {
                it.next();
                it.remove();
            }
        }
        entries.put(key, html);
    }
}
