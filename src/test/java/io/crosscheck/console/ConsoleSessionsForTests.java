package io.crosscheck.console;

import static io.crosscheck.Fixtures.anonymous;

import io.restassured.http.ContentType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Signs in to the console as a browser would, and reads the CSRF token its pages carry. */
final class ConsoleSessionsForTests {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private ConsoleSessionsForTests() {
    }

    /** Posts the sign-in form and returns the session cookie's value. */
    static String signIn(String key) {
        return anonymous().redirects().follow(false).contentType(ContentType.URLENC).formParam("key", key)
                .formParam("next", "/conflicts").post("/signin").then().statusCode(303).extract()
                .cookie("crosscheck_session");
    }

    /** The CSRF token printed in the forms of a console page seen with this session. */
    static String csrf(String session) {
        String html = anonymous().cookie("crosscheck_session", session).get("/conflicts").then().statusCode(200)
                .extract().asString();
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF token on the page");
        }
        return m.group(1);
    }
}
