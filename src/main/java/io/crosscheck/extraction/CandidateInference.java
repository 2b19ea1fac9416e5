package io.crosscheck.extraction;

import io.crosscheck.entity.EntityKind;
import io.crosscheck.figure.Dimension;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses, for each figure found in a text, what claim it would make: the subject (the dossier's
 * entities mentioned nearest the figure, in its sentence, else its paragraph, else before it), the
 * metric (one of the figure's dimension whose trigger words or label are nearest the figure), the
 * claimant (an attribution such as "selon X" or "X said"; else the publisher) and scope words (the
 * complement that follows the figure). Each guess carries a confidence between 0 and 1. Pure: it
 * reads the text and the lists it is given, nothing else (docs/api.md, "Claim candidates").
 */
public final class CandidateInference {

    /** An entity of the dossier, with the names it may be mentioned by. */
    public record Known(UUID id, String name, EntityKind kind, List<String> aliases) {
    }

    /** A metric of the dossier, with the words that point at it. */
    public record KnownMetric(UUID id, String key, Dimension dimension, List<String> labels,
            Map<String, List<String>> triggers) {
    }

    /** One guessed field: an id (null when nothing fits) and how sure the guess is. */
    public record Guess(UUID id, double confidence) {
        static final Guess NONE = new Guess(null, 0);
    }

    /** What a figure would become. */
    public record Inferred(Candidate candidate, Guess subject, Guess metric, Guess claimant, String attribution,
            String scope) {
    }

    /** A mention of an entity: {@code text.substring(start, end)} names it. */
    record Mention(int start, int end, UUID entity, EntityKind kind) {
    }

    private record Phrase(String[] tokens, UUID id, EntityKind kind) {
    }

    private record Token(int start, int end, String norm) {
    }

    private record Cue(int start, int end, boolean claimantAfter) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Attribution cues whose claimant follows ("selon X", "according to X"). */
    private static final Pattern CUE_BEFORE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(selon|d['’]apr[eè]s|de l['’]avis de|according to|as reported by)(?![\\p{L}])");
    /** Attribution verbs whose claimant precedes ("X affirme", "X said"). */
    private static final Pattern CUE_AFTER = Pattern.compile("(?iu)(?<![\\p{L}])("
            + "affirme|affirment|affirmait|a affirmé|assure|assurent|a assuré|estime|estiment|a estimé|déclare|"
            + "déclarent|a déclaré|annonce|annoncent|a annoncé|indique|indiquent|a indiqué|rapporte|rapportent|"
            + "révèle|révèlent|explique|a expliqué|soutient|avance|avancent|précise|a précisé|confirme|a confirmé|"
            + "said|says|say|told|tells|claims|claimed|claim|reported|reports|report|estimates|estimated|"
            + "announced|announces|stated|states|wrote|writes|confirmed|confirms|argues|argued"
            + ")(?![\\p{L}])");
    /** What crossing a clause boundary costs a subject, in characters of distance. */
    private static final int CLAUSE = 200;
    /** How far (in characters) a cue reaches for its claimant. */
    private static final int CUE_REACH = 60;
    /** A scope is at most this many words. */
    private static final int SCOPE_WORDS = 8;
    private static final Pattern SCOPE_START = Pattern.compile(
            "(?iu)^\\s*(?:(?:en|de|du|des|pour|dans|sur|par|in|for|on|of|per|from)(?![\\p{L}])|d['’])");
    /** Where a scope stops: a conjunction or a verb-introducing relative starts another thought. */
    private static final Pattern CONJUNCTION = Pattern.compile(
            "(?iu)(?<![\\p{L}])(et|ou|mais|qui|que|and|or|but|which|that|who)(?![\\p{L}])");
    /** A comma before a relative pronoun does not part a name from what the clause says of it ("OpenAI, qui reçoit"). */
    private static final Pattern RELATIVE = Pattern.compile("(?iu)^\\s*(qui|which|who|that|dont)(?![\\p{L}])");

    private final Map<String, List<Phrase>> entityPhrases = new HashMap<>();
    private final Map<String, List<Phrase>> metricPhrases = new HashMap<>();
    private final Map<UUID, KnownMetric> metrics = new HashMap<>();

    public CandidateInference(List<Known> entities, List<KnownMetric> knownMetrics) {
        for (Known e : entities) {
            add(entityPhrases, e.name(), e.id(), e.kind());
            for (String alias : e.aliases()) {
                add(entityPhrases, alias, e.id(), e.kind());
            }
        }
        for (KnownMetric m : knownMetrics) {
            metrics.put(m.id(), m);
            for (String label : m.labels()) {
                add(metricPhrases, label, m.id(), null);
            }
            for (List<String> words : m.triggers().values()) {
                for (String word : words) {
                    add(metricPhrases, word, m.id(), null);
                }
            }
        }
    }

    private static void add(Map<String, List<Phrase>> index, String phrase, UUID id, EntityKind kind) {
        List<Token> tokens = tokens(phrase);
        if (tokens.isEmpty()) {
            return;
        }
        String[] norms = tokens.stream().map(Token::norm).toArray(String[]::new);
        index.computeIfAbsent(norms[0], k -> new ArrayList<>()).add(new Phrase(norms, id, kind));
    }

    /**
     * Guesses for every candidate of {@code text}; {@code publisher} is the entity the source's
     * publisher names (null when none).
     */
    public List<Inferred> infer(String text, List<Candidate> candidates, UUID publisher) {
        List<Token> tokens = tokens(text);
        List<Mention> mentions = new ArrayList<>(match(tokens, entityPhrases, false));
        // a name inside a figure is part of it ("50 000 GPU NVIDIA"), not the subject of anything
        mentions.removeIf(m -> candidates.stream().anyMatch(c -> m.start() < c.figure().end()
                && m.end() > c.figure().start()));
        List<Mention> triggers = match(tokens, metricPhrases, true);
        UUID main = mostMentioned(mentions);
        List<Inferred> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            out.add(infer(text, c, mentions, triggers, publisher, main));
        }
        return out;
    }

    /** The entity the text mentions most (publications aside), the earliest on a tie: what it is mostly about. */
    private static UUID mostMentioned(List<Mention> mentions) {
        Map<UUID, Integer> counts = new HashMap<>();
        UUID best = null;
        for (Mention m : mentions) {
            if (m.kind() == EntityKind.PUBLICATION) {
                continue;
            }
            int n = counts.merge(m.entity(), 1, Integer::sum);
            if (best == null || n > counts.get(best)) {
                best = m.entity();
            }
        }
        return best;
    }

    private Inferred infer(String text, Candidate c, List<Mention> mentions, List<Mention> triggers, UUID publisher,
            UUID main) {
        int fs = c.figure().start();
        int fe = c.figure().end();
        int ss = c.sentenceStart();
        int se = c.sentenceEnd();
        int[] paragraph = paragraph(text, fs, fe);

        // Claimant: an attribution cue in the sentence and the entity it names.
        List<Cue> cues = cues(text, ss, se);
        Guess claimant = Guess.NONE;
        String attribution = null;
        List<Mention> attributed = new ArrayList<>();
        Cue best = null;
        Mention bestMention = null;
        for (Cue cue : cues) {
            Mention m = cue.claimantAfter()
                    ? firstAfter(mentions, cue.end(), Math.min(se, cue.end() + CUE_REACH))
                    : lastBefore(mentions, Math.max(ss, cue.start() - CUE_REACH), cue.start());
            if (m != null && (best == null || distance(cue.start(), cue.end(), fs, fe) < distance(best.start(),
                    best.end(), fs, fe))) {
                best = cue;
                bestMention = m;
            }
        }
        if (best != null) {
            claimant = new Guess(bestMention.entity(), 0.9);
            int from = Math.min(best.start(), bestMention.start());
            int to = Math.max(best.end(), bestMention.end());
            attribution = clip(text.substring(from, to));
            if (best.claimantAfter()) {
                attributed.add(bestMention);
            }
        } else if (cues.stream().anyMatch(Cue::claimantAfter)) {
            Cue cue = cues.stream().filter(Cue::claimantAfter).findFirst().orElseThrow();
            int to = cue.claimantAfter() ? Math.min(se, cue.end() + CUE_REACH) : cue.end();
            int from = cue.claimantAfter() ? cue.start() : Math.max(ss, cue.start() - CUE_REACH);
            attribution = clip(wordsWithin(text, from, to, cue.claimantAfter()));
            claimant = publisher == null ? Guess.NONE : new Guess(publisher, 0.3);
        } else if (publisher != null) {
            claimant = new Guess(publisher, 0.5);
        }

        // Subject: the nearest mention in the sentence, else the paragraph, else before the figure.
        Guess subject = nearest(text, mentions, attributed, ss, se, fs, fe, 0.9);
        if (subject.id() == null) {
            subject = nearest(text, mentions, attributed, paragraph[0], paragraph[1], fs, fe, 0.6);
        }
        if (subject.id() == null && main != null) {
            subject = new Guess(main, 0.3);
        }

        // Metric: one of the figure's dimension, by its nearest trigger or label.
        Dimension dimension = c.figure().dimension();
        List<KnownMetric> fitting = metrics.values().stream().filter(m -> m.dimension() == dimension).toList();
        Guess metric = nearestMetric(text, triggers, dimension, ss, se, fs, fe, 0.85);
        if (metric.id() == null) {
            metric = nearestMetric(text, triggers, dimension, paragraph[0], paragraph[1], fs, fe, 0.5);
        }
        if (metric.id() == null && fitting.size() == 1) {
            metric = new Guess(fitting.get(0).id(), 0.4);
        }
        return new Inferred(c, subject, metric, claimant, attribution, scope(text, fe, se));
    }

    /**
     * The nearest mention in {@code from..to} to the figure: distance in characters, plus a clause
     * boundary (comma, semicolon, colon, parenthesis, dash) between them counted as {@value #CLAUSE}
     * characters; publications and the entity an attribution names come last.
     */
    private static Guess nearest(String text, List<Mention> mentions, List<Mention> attributed, int from, int to,
            int fs, int fe, double confidence) {
        Mention best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Mention m : mentions) {
            if (m.start() < from || m.end() > to || (m.start() < fe && m.end() > fs)) {
                continue;
            }
            int score = distance(m.start(), m.end(), fs, fe) + CLAUSE * boundaries(text, m, fs, fe);
            if (attributed.contains(m) || m.kind() == EntityKind.PUBLICATION) {
                score += 10_000;
            }
            if (score < bestScore) {
                best = m;
                bestScore = score;
            }
        }
        if (best == null) {
            return Guess.NONE;
        }
        return new Guess(best.entity(), bestScore >= 10_000 ? confidence / 2 : confidence);
    }

    private static int boundaries(String text, Mention m, int fs, int fe) {
        int from = m.end() <= fs ? m.end() : fe;
        int to = m.end() <= fs ? fs : m.start();
        int n = 0;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch == ',' && RELATIVE.matcher(text.substring(i + 1, Math.min(to + 1, i + 12))).find()) {
                continue;
            }
            if (ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')' || ch == '—' || ch == '–') {
                n++;
            }
        }
        return n;
    }

    private Guess nearestMetric(String text, List<Mention> triggers, Dimension dimension, int from, int to, int fs, int fe,
            double confidence) {
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (Mention t : triggers) {
            KnownMetric m = metrics.get(t.entity());
            if (m == null || m.dimension() != dimension || t.start() < from || t.end() > to) {
                continue;
            }
            int d = distance(t.start(), t.end(), fs, fe) + CLAUSE * boundaries(text, t, fs, fe);
            if (d < bestDistance) {
                best = t;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance && !best.entity().equals(t.entity())) {
                tie = true;
            }
        }
        if (best == null) {
            return Guess.NONE;
        }
        return new Guess(best.entity(), tie ? confidence / 2 : confidence);
    }

    private static List<Cue> cues(String text, int from, int to) {
        List<Cue> cues = new ArrayList<>();
        String sentence = text.substring(from, to);
        Matcher before = CUE_BEFORE.matcher(sentence);
        while (before.find()) {
            cues.add(new Cue(from + before.start(), from + before.end(), true));
        }
        Matcher after = CUE_AFTER.matcher(sentence);
        while (after.find()) {
            cues.add(new Cue(from + after.start(), from + after.end(), false));
        }
        cues.sort(Comparator.comparingInt(Cue::start));
        return cues;
    }

    private static Mention firstAfter(List<Mention> mentions, int from, int to) {
        for (Mention m : mentions) {
            if (m.start() >= from && m.end() <= to) {
                return m;
            }
        }
        return null;
    }

    private static Mention lastBefore(List<Mention> mentions, int from, int to) {
        Mention last = null;
        for (Mention m : mentions) {
            if (m.start() >= from && m.end() <= to) {
                last = m;
            }
        }
        return last;
    }

    /** The complement right after the figure ("en infrastructure", "for the final training run"), if any. */
    private static String scope(String text, int fe, int se) {
        String rest = text.substring(fe, se);
        Matcher start = SCOPE_START.matcher(rest);
        if (!start.find()) {
            return null;
        }
        int end = rest.length();
        Matcher conjunction = CONJUNCTION.matcher(rest);
        if (conjunction.find(start.end())) {
            end = conjunction.start();
        }
        for (int i = start.end(); i < end; i++) {
            char ch = rest.charAt(i);
            if (ch == ',' || ch == ';' || ch == '.' || ch == ':' || ch == '(' || ch == '!' || ch == '?'
                    || ch == '\n' || (Character.isDigit(ch) && Character.isWhitespace(rest.charAt(i - 1)))) {
                end = i;
                break;
            }
        }
        String scope = rest.substring(0, end).strip();
        if (scope.startsWith(",")) {
            scope = scope.substring(1).strip();
        }
        String[] words = scope.split("\\s+");
        if (words.length > SCOPE_WORDS) {
            scope = String.join(" ", java.util.Arrays.copyOf(words, SCOPE_WORDS));
        }
        return scope.isEmpty() || words.length < 2 ? null : clip(scope);
    }

    private static String wordsWithin(String text, int from, int to, boolean forward) {
        String s = text.substring(from, to);
        int cut = forward ? s.indexOf(',') : s.lastIndexOf(',');
        if (cut >= 0) {
            s = forward ? s.substring(0, cut) : s.substring(cut + 1);
        }
        return s.strip();
    }

    private static String clip(String s) {
        String t = s.strip();
        return t.length() <= 500 ? t : t.substring(0, 499) + "…";
    }

    /** The paragraph (text between blank or line breaks) holding {@code fs..fe}. */
    static int[] paragraph(String text, int fs, int fe) {
        int from = text.lastIndexOf('\n', Math.max(0, fs - 1));
        int to = text.indexOf('\n', fe);
        return new int[] {from < 0 ? 0 : from + 1, to < 0 ? text.length() : to};
    }

    static int distance(int as, int ae, int bs, int be) {
        if (ae <= bs) {
            return bs - ae;
        }
        if (be <= as) {
            return as - be;
        }
        return 0;
    }

    /** Longest matches of the phrases, left to right, never overlapping. */
    private static List<Mention> match(List<Token> tokens, Map<String, List<Phrase>> index, boolean prefixLast) {
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Phrase best = null;
            List<Phrase> phrases = index.get(tokens.get(i).norm());
            if (prefixLast) {
                // a one-word trigger may be the start of the word ("infrastructure" in "infrastructures")
                phrases = phrasesForPrefix(index, tokens.get(i).norm(), phrases);
            }
            if (phrases != null) {
                for (Phrase p : phrases) {
                    if (matches(tokens, i, p.tokens(), prefixLast) && (best == null || p.tokens().length > best.tokens().length)) {
                        best = p;
                    }
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            Token last = tokens.get(i + best.tokens().length - 1);
            found.add(new Mention(tokens.get(i).start(), last.end(), best.id(), best.kind()));
            i += best.tokens().length;
        }
        return found;
    }

    private static List<Phrase> phrasesForPrefix(Map<String, List<Phrase>> index, String norm, List<Phrase> exact) {
        List<Phrase> all = exact == null ? new ArrayList<>() : new ArrayList<>(exact);
        for (int len = Math.min(norm.length() - 1, 30); len >= 5; len--) {
            List<Phrase> more = index.get(norm.substring(0, len));
            if (more != null) {
                for (Phrase p : more) {
                    if (p.tokens().length == 1) {
                        all.add(p);
                    }
                }
            }
        }
        return all.isEmpty() ? null : all;
    }

    private static boolean matches(List<Token> tokens, int at, String[] phrase, boolean prefixLast) {
        if (at + phrase.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            String t = tokens.get(at + k).norm();
            boolean last = k == phrase.length - 1;
            if (!(t.equals(phrase[k]) || (prefixLast && last && phrase[k].length() >= 5 && t.startsWith(phrase[k])
                    && t.length() - phrase[k].length() <= 3))) {
                return false;
            }
        }
        return true;
    }

    /** Words of a text, lower-cased and without accents, with their offsets in it. */
    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.start(), m.end(), fold(m.group())));
        }
        return tokens;
    }

    static String fold(String word) {
        return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
