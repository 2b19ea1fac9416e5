package io.crosscheck.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.entity.EntityKind;
import io.crosscheck.figure.Dimension;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The seed measure of issue 13 (docs/benchmarks.md, "Claim candidates from the seed articles"): from
 * the raw text of the four seed articles (the demo dossier's texts, identical to /work/shared/seeds)
 * with the dossier's entities and metrics loaded, how many of the dossier's 12 claims come out as a
 * candidate with the right subject, metric and claimant, and how many candidates per article are
 * wrong. It prints the table and fails only when the result falls below what was measured when the
 * inference was written (a regression floor, not a target).
 */
class SeedCandidateMeasureTest {

    /** Claims found with right subject, metric and claimant when this measure was written. */
    private static final int FLOOR_ALL_RIGHT = 3;
    /** Claims found with right subject and metric when this measure was written. */
    private static final int FLOOR_SUBJECT_AND_METRIC = 7;

    @Test
    void measureTheSeedArticles() throws Exception {
        JsonNode dossier;
        try (InputStream in = resource("demo/deepseek-dossier.json")) {
            dossier = new ObjectMapper().readTree(in);
        }
        Map<String, UUID> ids = new HashMap<>();
        List<CandidateInference.Known> entities = new ArrayList<>();
        Map<String, UUID> byName = new HashMap<>();
        dossier.get("entities").fields().forEachRemaining(e -> {
            UUID id = UUID.nameUUIDFromBytes(("entity:" + e.getKey()).getBytes(StandardCharsets.UTF_8));
            ids.put(e.getKey(), id);
            List<String> aliases = new ArrayList<>();
            e.getValue().path("aliases").forEach(a -> aliases.add(a.asText()));
            entities.add(new CandidateInference.Known(id, e.getValue().get("name").asText(),
                    EntityKind.valueOf(e.getValue().get("kind").asText()), aliases));
            byName.put(e.getValue().get("name").asText().toLowerCase(), id);
            aliases.forEach(a -> byName.put(a.toLowerCase(), id));
        });
        List<CandidateInference.KnownMetric> metrics = new ArrayList<>();
        for (JsonNode m : dossier.get("metrics")) {
            UUID id = UUID.nameUUIDFromBytes(("metric:" + m.get("key").asText()).getBytes(StandardCharsets.UTF_8));
            ids.put("metric:" + m.get("key").asText(), id);
            Map<String, List<String>> triggers = new LinkedHashMap<>();
            m.path("triggers").fields().forEachRemaining(t -> {
                List<String> words = new ArrayList<>();
                t.getValue().forEach(w -> words.add(w.asText()));
                triggers.put(t.getKey(), words);
            });
            metrics.add(new CandidateInference.KnownMetric(id, m.get("key").asText(),
                    Dimension.valueOf(m.get("dimension").asText()),
                    labels(m.get("labels")), triggers));
        }
        CandidateInference inference = new CandidateInference(entities, metrics);

        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, List<CandidateInference.Inferred>> inferred = new LinkedHashMap<>();
        var sources = dossier.get("sources").fields();
        while (sources.hasNext()) {
            var s = sources.next();
            String text;
            try (InputStream in = resource("demo/texts/" + s.getValue().get("textFile").asText())) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            texts.put(s.getKey(), text);
            UUID publisher = byName.get(s.getValue().get("publisher").asText().toLowerCase());
            inferred.put(s.getKey(), inference.infer(text, ExtractionService.read(text, "fr"), publisher));
        }

        StringBuilder report = new StringBuilder("claim | source | figure found | subject | metric | claimant\n");
        int found = 0, subjectAndMetric = 0, subjectRight = 0, metricRight = 0, claimantRight = 0, allRight = 0;
        Map<String, Integer> matched = new HashMap<>();
        Map<String, java.util.Set<CandidateInference.Inferred>> used = new HashMap<>();
        var claims = dossier.get("claims").fields();
        int total = 0;
        while (claims.hasNext()) {
            var c = claims.next();
            total++;
            JsonNode claim = c.getValue();
            UUID subject = ids.get(claim.get("subject").asText());
            UUID metric = ids.get("metric:" + claim.get("metric").asText());
            UUID claimant = claim.hasNonNull("claimant") ? ids.get(claim.get("claimant").asText()) : null;
            CandidateInference.Inferred best = null;
            String where = null;
            int bestScore = -1;
            for (JsonNode a : claim.get("appearances")) {
                String source = a.get("source").asText();
                String text = texts.get(source);
                int qs = text.indexOf(a.get("quote").asText());
                Assertions.assertTrue(qs >= 0, "quote of " + c.getKey() + " not in " + source);
                int qe = qs + a.get("quote").asText().length();
                for (CandidateInference.Inferred i : inferred.get(source)) {
                    if (i.candidate().figure().start() >= qs && i.candidate().figure().end() <= qe) {
                        used.computeIfAbsent(source, k -> new java.util.HashSet<>()).add(i);
                        int score = (Objects.equals(i.subject().id(), subject) ? 1 : 0)
                                + (Objects.equals(i.metric().id(), metric) ? 1 : 0)
                                + (Objects.equals(i.claimant().id(), claimant) ? 1 : 0);
                        if (score > bestScore) {
                            best = i;
                            bestScore = score;
                            where = source;
                        }
                    }
                }
            }
            boolean s = best != null && Objects.equals(best.subject().id(), subject);
            boolean m = best != null && Objects.equals(best.metric().id(), metric);
            boolean k = best != null && Objects.equals(best.claimant().id(), claimant);
            found += best != null ? 1 : 0;
            subjectRight += s ? 1 : 0;
            metricRight += m ? 1 : 0;
            claimantRight += k ? 1 : 0;
            allRight += s && m && k ? 1 : 0;
            subjectAndMetric += s && m ? 1 : 0;
            report.append(c.getKey()).append(" | ").append(where).append(" | ")
                    .append(best == null ? "no" : best.candidate().figure().text()).append(" | ")
                    .append(s ? "ok" : "wrong").append(" | ").append(m ? "ok" : "wrong").append(" | ")
                    .append(k ? "ok" : "wrong").append('\n');
        }
        report.append("\nclaims: ").append(total).append(", as candidates: ").append(found)
                .append(", subject right: ").append(subjectRight).append(", metric right: ").append(metricRight)
                .append(", claimant right: ").append(claimantRight).append(", subject and metric right: ").append(subjectAndMetric).append(", all three right: ").append(allRight)
                .append("\n\narticle | candidates | in a dossier quote | repeating a dossier claim | wrong\n");
        for (var e : inferred.entrySet()) {
            int n = e.getValue().size();
            var inQuote = used.getOrDefault(e.getKey(), java.util.Set.of());
            int repeats = 0;
            for (CandidateInference.Inferred i : e.getValue()) {
                if (!inQuote.contains(i) && repeats(dossier, ids, e.getKey(), i)) {
                    repeats++;
                }
            }
            report.append(e.getKey()).append(" | ").append(n).append(" | ").append(inQuote.size()).append(" | ")
                    .append(repeats).append(" | ").append(n - inQuote.size() - repeats).append('\n');
            for (CandidateInference.Inferred i : e.getValue()) {
                report.append("    ").append(i.candidate().figure().text()).append(" → ")
                        .append(name(ids, i.subject().id())).append(" / ").append(name(ids, i.metric().id()))
                        .append(" / ").append(name(ids, i.claimant().id())).append(" [").append(i.attribution())
                        .append("] {").append(i.scope()).append("}\n");
            }
        }
        System.out.println(report);
        Assertions.assertTrue(allRight >= FLOOR_ALL_RIGHT, report.toString());
        Assertions.assertTrue(subjectAndMetric >= FLOOR_SUBJECT_AND_METRIC, report.toString());
    }

    /** Whether a candidate outside the dossier's quotes restates a dossier claim of its article (same subject, metric, figure). */
    private static boolean repeats(JsonNode dossier, Map<String, UUID> ids, String source, CandidateInference.Inferred i) {
        var claims = dossier.get("claims").fields();
        while (claims.hasNext()) {
            JsonNode c = claims.next().getValue();
            boolean here = false;
            for (JsonNode a : c.get("appearances")) {
                here |= a.get("source").asText().equals(source);
            }
            if (here && Objects.equals(ids.get(c.get("subject").asText()), i.subject().id())
                    && Objects.equals(ids.get("metric:" + c.get("metric").asText()), i.metric().id())
                    && c.get("figure").get("text").asText().equals(i.candidate().figure().text())) {
                return true;
            }
        }
        return false;
    }

    private static String name(Map<String, UUID> ids, UUID id) {
        return id == null ? "-" : ids.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey)
                .findFirst().orElse("?");
    }

    private static InputStream resource(String path) {
        InputStream in = SeedCandidateMeasureTest.class.getClassLoader().getResourceAsStream(path);
        Assertions.assertNotNull(in, path);
        return in;
    }

    /** Every label of a dossier metric, as the service passes them (all supported languages). */
    private static List<String> labels(JsonNode labels) {
        List<String> out = new ArrayList<>();
        labels.fields().forEachRemaining(e -> out.add(e.getValue().asText()));
        return out;
    }
}
