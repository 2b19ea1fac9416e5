package io.crosscheck.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crosscheck.Fixtures;
import io.crosscheck.source.UrlCanonicalizer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Which rows of an import are duplicates. A row repeats a stored claim of the same subject, metric and
 * figure text that cites its first source (or, without a source, states the same statement). Files of
 * generated rows (batches of 4 rows in tests) share new subjects, claimants, a new metric and new sources
 * across batch boundaries, spell one source's URL three ways, leave some rows without a source, repeat rows
 * of earlier batches, and hold rows refused before and after the duplicate check. Each file's counts are
 * compared with a model that reads the rows one by one, then the same file is imported again; the store
 * must hold each new name once.
 */
@QuarkusTest
class ImportDuplicatesTest {

    private static final String HEADER = "subject,metric,metric_dimension,claimant,figure_text,figure_lang,statement,"
            + "language,verdict,source_url,source_title,source_publisher,source_language,quote\r\n";

    /** One figure written four ways (so that the rows agree and detection proposes no contradiction). */
    private static final String[][] TEXTS = {{"5 millions de dollars", "fr"}, {"5,0 millions de dollars", "fr"},
            {"$5 million", "en"}, {"$5.0 million", "en"}};

    @Inject
    EntityManager em;

    /** The outcome of writing rows one by one: what the job must count. */
    private static final class Model {
        final Set<String> stored = new HashSet<>();
        int created;
        int duplicates;
        int failed;
    }

    @Test
    void rowsRepeatingStoredClaimsOrEarlierRowsAreCountedAsDuplicatesAcrossBatches() {
        List<String> prefixes = new ArrayList<>();
        for (int seed = 1; seed <= 4; seed++) {
            String prefix = Fixtures.unique("pipe");
            prefixes.add(prefix);
            Random random = new Random(seed);
            List<String[]> rows = rows(prefix, random, 48);
            Model model = new Model();
            check(prefix, rows, model);
            // The same file again: every row stored already is a duplicate; refused rows are refused again.
            Model again = new Model();
            again.stored.addAll(model.stored);
            check(prefix, rows, again);
            assertEquals(0, again.created, "nothing new the second time");
        }
        Fixtures.awaitDetection();
        for (String prefix : prefixes) {
            dismissProposals(prefix);
        }
    }

    /** Imports the rows and compares the job's counts and the store with the model (updated as it goes). */
    private void check(String prefix, List<String[]> rows, Model model) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (String[] r : rows) {
            csv.append(String.join(",", r)).append("\r\n");
            expect(r, model);
        }
        JsonPath job = ImportResourceTest.importCsv(csv.toString(), null);
        assertEquals("SUCCEEDED", job.getString("state"), job.prettify());
        assertEquals(model.created, job.getInt("result.created"), "created: " + job.prettify());
        assertEquals(model.duplicates, job.getInt("result.duplicates"), "duplicates: " + job.prettify());
        assertEquals(model.failed, job.getInt("result.failed"), "failed: " + job.prettify());
        assertEquals((long) model.stored.size(), count("select count(*) from claim c join named_entity e "
                + "on e.id = c.subject_id where lower(e.name) like ?1", prefix.toLowerCase(Locale.ROOT) + " %"));
        for (String name : List.of(" A", " B", " C", " D", " E")) {
            long n = count("select count(*) from named_entity where lower(name) = ?1",
                    (prefix + name).toLowerCase(Locale.ROOT));
            assertTrue(n <= 1, prefix + name + " is stored " + n + " times");
        }
        for (int k = 0; k < 4; k++) {
            String canonical = UrlCanonicalizer.canonicalize(url(prefix, k, 0)).orElseThrow();
            long n = count("select count(*) from source where canonical_url = ?1", canonical);
            assertTrue(n <= 1, canonical + " is stored " + n + " times");
        }
        assertEquals(1L, count("select count(*) from metric where metric_key = ?1", prefix + "-cost"));
    }

    /** What writing the row one by one does, given what is stored. */
    private static void expect(String[] r, Model model) {
        if (r[8].equals("PEUT-ETRE")) {
            model.failed++; // refused before the duplicate check
            return;
        }
        String figure = r[4].replace("\"", "");
        String key = r[0].toLowerCase(Locale.ROOT) + "|" + figure + "|"
                + (r[9].isEmpty() ? r[6] : UrlCanonicalizer.canonicalize(r[9]).orElseThrow());
        if (model.stored.contains(key)) {
            model.duplicates++;
        } else if (figure.equals("xyz")) {
            model.failed++; // refused when its figure is read, after the duplicate check
        } else {
            model.created++;
            model.stored.add(key);
        }
    }

    /** A source URL: four articles, the first written three ways that read as one URL. */
    private static String url(String prefix, int article, int spelling) {
        String base = "https://pipe.example.org/" + prefix + "/article-" + article;
        return article != 0 ? base : switch (spelling) {
            case 1 -> base + "?utm_source=newsletter";
            case 2 -> base + "#top";
            default -> base;
        };
    }

    private static List<String[]> rows(String prefix, Random random, int n) {
        List<String[]> rows = new ArrayList<>();
        String[] subjects = {prefix + " A", prefix + " B", prefix + " C"};
        String[] claimants = {prefix + " D", prefix + " E", prefix + " A"};
        for (int i = 0; i < n; i++) {
            String[] text = TEXTS[random.nextInt(TEXTS.length)];
            String figure = random.nextInt(11) == 0 ? "xyz" : text[0];
            String verdict = random.nextInt(9) == 0 ? "PEUT-ETRE" : "UNREVIEWED";
            String subject = subjects[random.nextInt(subjects.length)];
            // One row in five has no source: it repeats a claim by its statement, which such rows share.
            boolean sourced = random.nextInt(5) != 0;
            String statement = "\"" + subject + " a dépensé " + figure + (sourced ? " (ligne " + i + ")" : "") + ".\"";
            rows.add(new String[] {subject, prefix + "-cost", "MONEY", claimants[random.nextInt(claimants.length)],
                    "\"" + figure + "\"", text[1], statement, "fr", verdict,
                    sourced ? url(prefix, random.nextInt(4), random.nextInt(3)) : "", sourced ? "\"Article\"" : "",
                    sourced ? "Le Quotidien" : "", sourced ? "fr" : "", sourced ? "\"" + figure + "\"" : ""});
        }
        return rows;
    }

    private long count(String sql, Object parameter) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }

    /** Dismisses what detection proposed among the claims of a file (Fixtures.dismissProposals). */
    private void dismissProposals(String prefix) {
        List<UUID> ids = em.createQuery("select c.id from Claim c where lower(c.subject.name) like ?1",
                UUID.class).setParameter(1, prefix.toLowerCase(Locale.ROOT) + " %").getResultList();
        Fixtures.dismissProposals(ids.stream().map(UUID::toString).toList());
    }
}
