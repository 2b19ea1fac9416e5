package io.crosscheck.extraction;

import io.crosscheck.claim.AppearanceInput;
import io.crosscheck.claim.ClaimInput;
import io.crosscheck.claim.ClaimService;
import io.crosscheck.claim.ClaimView;
import io.crosscheck.claim.FigureInput;
import io.crosscheck.claim.FigureView;
import io.crosscheck.common.ApiException;
import io.crosscheck.common.Cursor;
import io.crosscheck.common.Languages;
import io.crosscheck.figure.ExtractedFigure;
import io.crosscheck.figure.FigureExtractor;
import io.crosscheck.figure.FigureParseException;
import io.crosscheck.figure.FigureParser;
import io.crosscheck.figure.LanguageDetector;
import io.crosscheck.figure.LanguagePacks;
import io.crosscheck.figure.UnsupportedLanguageException;
import io.crosscheck.metric.Metric;
import io.crosscheck.metric.MetricService;
import io.crosscheck.security.ComputeLimits;
import io.crosscheck.source.Source;
import io.crosscheck.source.SourceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Reads figures from text for fact-checkers: one expression, a pasted text, or a stored source,
 * whose candidates can be promoted into claims with their quote and offsets filled in.
 */
@ApplicationScoped
public class ExtractionService {

    /** Longest figure {@link #parse} reads: one expression, never a text. */
    static final int MAX_FIGURE_CHARS = 1000;

    private final SourceService sources;
    private final MetricService metrics;
    private final ClaimService claims;
    private final CandidateCache cache;
    private final ComputeLimits limits;

    ExtractionService(SourceService sources, MetricService metrics, ClaimService claims, CandidateCache cache,
            ComputeLimits limits) {
        this.sources = sources;
        this.metrics = metrics;
        this.claims = claims;
        this.cache = cache;
        this.limits = limits;
    }

    public FigureView parse(FigureRequest request) {
        if (request.text().length() > MAX_FIGURE_CHARS) {
            throw ApiException.invalid("text", "must be one figure, at most " + MAX_FIGURE_CHARS
                    + " characters; POST /api/figures/extract finds the figures of a longer text");
        }
        try {
            return FigureView.of(FigureParser.parse(request.text(), request.lang()));
        } catch (UnsupportedLanguageException e) {
            throw ApiException.invalid("lang", e.getMessage());
        } catch (FigureParseException e) {
            throw ApiException.unprocessable("text", e.getMessage());
        }
    }

    /**
     * Every figure of a text. Without a language each paragraph is read in its own (detected) language, and
     * the answer's {@code lang} is the one detected for the whole text.
     */
    public Extraction extract(FigureRequest request) {
        limits.checkText("text", request.text());
        List<ExtractedFigure> found;
        try {
            found = FigureExtractor.extract(request.text(), request.lang());
        } catch (UnsupportedLanguageException e) {
            throw ApiException.invalid("lang", e.getMessage());
        }
        String lang = request.lang() != null ? LanguagePacks.resolve(request.lang())
                : LanguageDetector.detect(request.text());
        return new Extraction(lang, found.stream().map(ExtractedFigureView::of).toList());
    }

    /**
     * One page of a source's candidates, in text order: {@code limit} of them after the figure that
     * starts at the cursor's offset. The candidates are read once per version of the text.
     */
    public SourceExtraction extract(UUID sourceId, int limit, String cursor) {
        long after = cursor == null || cursor.isBlank() ? -1 : Cursor.decodeNumber(cursor.trim());
        Source source = sources.find(sourceId);
        String lang = languageOf(source);
        List<Candidate> all = candidates(source, lang);
        int from = 0;
        while (from < all.size() && all.get(from).figure().start() <= after) {
            from++;
        }
        List<Candidate> page = all.subList(from, Math.min(all.size(), from + limit));
        String next = from + limit < all.size() ? Cursor.encode(page.get(page.size() - 1).figure().start()) : null;
        return new SourceExtraction(source.id, lang, page, next);
    }

    /** Creates a claim from the candidate at {@code start..end}; 422 when there is none there. */
    @Transactional
    public ClaimView promote(UUID sourceId, PromoteInput input) {
        Source source = sources.find(sourceId);
        String lang = languageOf(source);
        Candidate candidate = candidates(source, lang).stream()
                .filter(c -> c.figure().start() == input.start() && c.figure().end() == input.end())
                .findFirst()
                .orElseThrow(() -> ApiException.unprocessable("start",
                        "no candidate figure at " + input.start() + ".." + input.end() + "; see POST /api/sources/"
                                + sourceId + "/extract"));
        Metric metric;
        if (input.metric() != null && !input.metric().isBlank()) {
            metric = metrics.resolveOne(input.metric(), "metric");
        } else if (input.metricId() != null) {
            metric = metrics.findOptional(input.metricId().toString())
                    .orElseThrow(() -> ApiException.unprocessable("metricId", "no metric with this id"));
        } else {
            throw ApiException.invalid("metric", "give the metric by key or id (metric) or by id (metricId)");
        }
        ExtractedFigureView f = candidate.figure();
        if (f.dimension() != metric.dimension) {
            throw ApiException.unprocessable("metricId", "the figure '" + f.text() + "' is a " + f.dimension()
                    + " figure, but " + metric.metricKey + " measures " + metric.dimension);
        }
        FigureInput figure = new FigureInput(f.kind(), f.value(), f.low(), f.high(), f.currency(), f.unit(), null,
                f.text(), lang, f.nature());
        String statement = input.statement() == null || input.statement().isBlank()
                ? candidate.sentence() : input.statement();
        AppearanceInput appearance = new AppearanceInput(source.id, candidate.sentence(), candidate.sentenceStart(),
                candidate.sentenceEnd(), input.attribution(), null);
        return claims.create(new ClaimInput(input.subjectId(), input.metricId(), input.claimantId(), figure, input.scope(), input.asOf(), null, null,
                statement.length() > 2000 ? statement.substring(0, 2000) : statement, source.language,
                input.verdict(), null, List.of(appearance), input.subject(), input.metric(), input.claimant()));
    }

    /**
     * The candidates of a source: read in the source's language when it has one, else each paragraph in its
     * own detected language. A source in a language the engine has no pack for is refused (422).
     */
    private List<Candidate> candidates(Source source, String lang) {
        if (source.text == null) {
            throw ApiException.unprocessable("text", "this source has no stored text to read figures from");
        }
        String figureLang = Languages.forFigures(source.language);
        try {
            return cache.get(source.textSha256, figureLang == null ? "detected" : figureLang,
                    () -> read(source.text, figureLang));
        } catch (UnsupportedLanguageException e) {
            throw ApiException.unprocessable("language", "this source is in '" + source.language + "': "
                    + e.getMessage().replace(" (or leave the language out to have it detected)", ""));
        }
    }

    /** Every figure of {@code text} with its sentence, in text order; a null language is detected per paragraph. */
    static List<Candidate> read(String text, String lang) {
        Sentences sentences = new Sentences(text, lang != null ? lang : LanguageDetector.detect(text));
        return FigureExtractor.extract(text, lang).stream().map(found -> candidate(found, sentences, text)).toList();
    }

    /** The candidates of a source's current text (read once per version). */
    List<Candidate> candidatesOf(Source source) {
        return candidates(source, languageOf(source));
    }

    static String languageFor(Source source) {
        return languageOf(source);
    }

    private static Candidate candidate(ExtractedFigure found, Sentences sentences, String text) {
        int[] span = sentences.around(found.start(), found.end());
        return new Candidate(ExtractedFigureView.of(found), text.substring(span[0], span[1]), span[0], span[1]);
    }

    /** The language a source's figures are reported in: its own, or the one detected for its whole text. */
    private static String languageOf(Source source) {
        String lang = Languages.forFigures(source.language);
        return lang != null && LanguagePacks.supports(lang) ? lang
                : LanguageDetector.detect(source.text == null ? "" : source.text);
    }

}
