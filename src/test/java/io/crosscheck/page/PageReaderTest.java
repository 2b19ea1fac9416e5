package io.crosscheck.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crosscheck.web.TestSite;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Reading article pages: metadata from og:, JSON-LD and meta tags, and the body without boilerplate. */
class PageReaderTest {

    private static String html(String resource) {
        return new String(TestSite.resource(resource), StandardCharsets.UTF_8);
    }

    @Test
    void shouldReadAFrenchArticleFromJsonLdAndOpenGraphWithoutNavigationAdsOrComments() {
        Page page = PageReader.read(html("fr-article.html"), "https://courrier.example/tech/2025/02/orbe.html?utm_source=x", null);

        assertEquals("Orbe affirme avoir entraîné son modèle pour 12 millions d'euros", page.title());
        assertEquals("Le Courrier du Numérique", page.publisher());
        assertEquals("Claire Mercier, Hugo Lambert", page.author());
        assertEquals(LocalDate.of(2025, 2, 3), page.publishedDate());
        assertEquals("fr", page.language());
        assertEquals("html lang", page.languageSource());
        assertEquals("https://courrier.example/tech/2025/02/orbe-entrainement.html", page.canonicalUrl());
        assertTrue(page.text().contains("Le laboratoire lyonnais Orbe affirme avoir entraîné son nouveau modèle de langage "
                + "pour 12 millions d'euros"), page.text());
        assertTrue(page.text().contains("entre 400 et 500 millions d'euros"), page.text());
        for (String boilerplate : new String[] {"Publicité", "Commentaires", "Jean-Michel", "Mentions légales", "Accueil",
            "S'abonner", "dataLayer", "border: 1px"}) {
            assertFalse(page.text().contains(boilerplate), boilerplate + " leaked into: " + page.text());
        }
        assertTrue(page.text().contains("\n\n"), "paragraphs stay apart");
    }

    @Test
    void shouldReadAnEnglishArticleFromMetaTagsWithoutCookieBannerSidebarShareOrComments() {
        Page page = PageReader.read(html("en-article.html"), "https://ledger.example/business/orbe", null);

        assertEquals("Orbe's bargain model cost far more than $13 million, analysts say - The Northern Ledger", page.title());
        assertEquals("The Northern Ledger", page.publisher());
        assertEquals("Priya Nair", page.author());
        assertEquals(LocalDate.of(2025, 2, 5), page.publishedDate());
        assertEquals("en", page.language());
        assertEquals("og:locale", page.languageSource());
        assertEquals("https://ledger.example/business/2025/02/05/orbe-costs?utm_source=rss&utm_medium=feed", page.canonicalUrl());
        assertTrue(page.text().contains("the full bill was closer to $47 million"), page.text());
        assertTrue(page.text().contains("values it at between €400 million and €500 million"), page.text());
        for (String boilerplate : new String[] {"cookies", "Most read", "techfan88", "42 comments", "Share this story",
            "Careers", "Subscribe"}) {
            assertFalse(page.text().contains(boilerplate), boilerplate + " leaked into: " + page.text());
        }
    }

    @Test
    void shouldIgnoreACanonicalLinkThatClaimsAnotherSite() {
        String html = "<html><head><title>Copie</title><link rel=canonical href='https://www.lemonde.fr/article.html'>"
                + "</head><body><article><p>" + "Un texte recopié d'un autre journal, mot pour mot. ".repeat(10)
                + "</p></article></body></html>";

        Page page = PageReader.read(html, "https://copies.example/a", null);

        assertNull(page.canonicalUrl());
        assertTrue(page.notes().stream().anyMatch(n -> n.contains("another site")), page.notes().toString());
    }

    @Test
    void shouldAcceptACanonicalLinkOnTheSameSiteOrAParentDomain() {
        assertTrue(PageReader.sameSite("www.lemonde.fr", "lemonde.fr"));
        assertTrue(PageReader.sameSite("m.lemonde.fr", "www.lemonde.fr"));
        assertTrue(PageReader.sameSite("edition.news.example", "news.example"));
        assertFalse(PageReader.sameSite("lemonde.fr.evil.example", "lemonde.fr"));
        assertFalse(PageReader.sameSite("a.blog.example", "b.blog.example"));
    }

    @Test
    void shouldFallBackToTheHostAndTheDetectedLanguageWhenThePageSaysNothing() {
        String html = "<html><body><p>" + "The company said its costs rose by more than a third over the year. ".repeat(8)
                + "</p></body></html>";

        Page page = PageReader.read(html, "https://www.plain.example/x", null);

        assertEquals("www.plain.example", page.publisher());
        assertEquals("en", page.language());
        assertEquals("detected from the text", page.languageSource());
        assertEquals("https://www.plain.example/x", page.title());
    }

    @Test
    void shouldReadLanguagesAndDatesInTheirUsualForms() {
        assertEquals("fr", PageReader.primaryLanguage("fr_FR"));
        assertEquals("en", PageReader.primaryLanguage("EN-us"));
        assertNull(PageReader.primaryLanguage("French"));
        assertNull(PageReader.primaryLanguage("*"));
        assertEquals(LocalDate.of(2025, 1, 27), PageReader.date("2025-01-27T23:30:00-05:00"));
        assertEquals(LocalDate.of(2025, 1, 27), PageReader.date("2025-01-27"));
        assertEquals(LocalDate.of(2025, 1, 27), PageReader.date("Mon, 27 Jan 2025 10:00:00 GMT"));
        assertNull(PageReader.date("last Tuesday"));
    }

    @Test
    void shouldSurviveBrokenJsonLdAndHostileMarkup() {
        String html = "<html lang='fr'><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", broken"
                + "</script><script type='application/ld+json'>" + "[".repeat(5000) + "</script></head><body>"
                + "<div>".repeat(3000) + "<p>" + "Le texte tient malgré tout, car il est assez long pour être lu. ".repeat(6)
                + "</p>" + "</div>".repeat(3000) + "</body></html>";

        Page page = PageReader.read(html, "https://hostile.example/", null);

        assertEquals("fr", page.language());
        assertTrue(page.text().contains("Le texte tient malgré tout"), page.text());
    }
}
