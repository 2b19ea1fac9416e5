package io.crosscheck.transfer;

import static io.crosscheck.Fixtures.problem;
import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Imports in the charsets a desk produces: the Content-Type's charset is honoured, byte-order marks
 * are recognised, a Windows-1252 file sent without a charset is detected, and a file that cannot be
 * decoded is refused with a 400 naming the line, never stored with U+FFFD.
 */
@QuarkusTest
class ImportCharsetTest {

    private static final String HEADER = "subject,metric,metric_dimension,figure_text,figure_lang,statement,language\r\n";

    private static String rows(String name) {
        return HEADER + name + ",fee,MONEY,12 millions d'euros,fr,\"La Société Générale a versé 12 millions d'euros à "
                + "l'équipe, a déclaré le président du comité très préoccupé.\",fr\r\n"
                + name + ",fee,MONEY,13 millions d'euros,fr,\"Un élève a reçu 13 millions d'euros : « c'est énorme », "
                + "dit-il à la presse étrangère.\",fr\r\n";
    }

    private static byte[] bytes(String text, Charset charset, byte... bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    private static void assertStoredWithAccents(String name) {
        List<String> statements = given().queryParam("subject", name).queryParam("limit", 100).get("/api/claims").then()
                .statusCode(200).extract().path("items.statement");
        assertEquals(2, statements.size(), statements.toString());
        assertEquals(true, statements.stream().anyMatch(s -> s.contains("Société Générale") && s.contains("équipe")),
                statements.toString());
        assertEquals(true, statements.stream().anyMatch(s -> s.contains("« c'est énorme »")), statements.toString());
        assertEquals(false, statements.stream().anyMatch(s -> s.indexOf('\uFFFD') >= 0), statements.toString());
    }

    @Test
    void shouldHonourTheDeclaredWindows1252Charset() {
        String name = unique("Club");
        JsonPath job = ImportResourceTest.importJob("text/csv; charset=windows-1252",
                bytes(rows(name), Charset.forName("windows-1252")), null);
        assertEquals("SUCCEEDED", job.getString("state"), job.prettify());
        assertEquals(2, job.getInt("result.created"), job.prettify() + ImportResourceTest.issues(job));
        assertEquals("windows-1252", job.getString("result.charset"));
        assertEquals("declared", job.getString("result.charsetSource"));
        assertStoredWithAccents(name);
    }

    @Test
    void shouldDetectAWindows1252FileSentWithoutACharset() {
        String name = unique("Club");
        JsonPath job = ImportResourceTest.importJob("text/csv", bytes(rows(name), Charset.forName("windows-1252")), null);
        assertEquals("SUCCEEDED", job.getString("state"), job.prettify());
        assertEquals("windows-1252", job.getString("result.charset"));
        assertEquals("detected", job.getString("result.charsetSource"));
        assertStoredWithAccents(name);
    }

    @Test
    void shouldReadAUtf8FileWithAByteOrderMark() {
        String name = unique("Club");
        JsonPath job = ImportResourceTest.importJob("text/csv", bytes(rows(name), StandardCharsets.UTF_8,
                (byte) 0xEF, (byte) 0xBB, (byte) 0xBF), null);
        assertEquals("SUCCEEDED", job.getString("state"), job.prettify());
        assertEquals(2, job.getInt("result.created"), "the first column is read as 'subject', without the mark: "
                + job.prettify() + ImportResourceTest.issues(job));
        assertEquals("byte-order mark", job.getString("result.charsetSource"));
        assertStoredWithAccents(name);
    }

    @Test
    void shouldReadAUtf16FileByItsByteOrderMarkWhateverTheLabel() {
        String name = unique("Club");
        JsonPath job = ImportResourceTest.importJob("text/csv; charset=windows-1252",
                bytes(rows(name), StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE), null);
        assertEquals("SUCCEEDED", job.getString("state"), job.prettify());
        assertEquals("UTF-16LE", job.getString("result.charset"));
        assertEquals(2, job.getInt("result.created"), job.prettify() + ImportResourceTest.issues(job));
        assertStoredWithAccents(name);
    }

    @Test
    void shouldRefuseBytesThatAreNotTheDeclaredCharsetNamingTheLine() {
        String name = unique("Club");
        byte[] latin = bytes(rows(name), Charset.forName("windows-1252"));
        problem(given().contentType("text/csv; charset=UTF-8").body(latin).post("/api/import").then(), 400)
                .body("detail", containsString("line 2")).body("errors[0].field", equalTo("line 2"));
        given().queryParam("subject", name).get("/api/claims").then().body("items.size()", equalTo(0));
    }

    @Test
    void shouldRefuseTextHoldingTheReplacementCharacter() {
        String name = unique("Club");
        String damaged = HEADER + name + ",fee,MONEY,12 millions d'euros,fr,La Soci\uFFFDt\uFFFD a vers\uFFFD 12 "
                + "millions d'euros.,fr\r\n";
        problem(given().contentType("text/csv; charset=UTF-8").body(damaged.getBytes(StandardCharsets.UTF_8))
                .post("/api/import").then(), 400).body("detail", containsString("U+FFFD"))
                .body("errors[0].field", equalTo("line 2"));
        given().queryParam("subject", name).get("/api/claims").then().body("items.size()", equalTo(0));
    }

    @Test
    void shouldRefuseAnUnknownCharset() {
        problem(given().contentType("text/csv; charset=klingon-8").body(HEADER.getBytes(StandardCharsets.UTF_8))
                .post("/api/import").then(), 400).body("errors[0].field", equalTo("charset"));
    }
}
