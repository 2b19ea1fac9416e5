package io.crosscheck.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonDiffTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private List<String> fields(String before, String after) throws Exception {
        return JsonDiff.diff(before == null ? null : mapper.readTree(before), after == null ? null : mapper.readTree(after))
                .stream().map(c -> c.field() + ":" + c.from() + "->" + c.to()).toList();
    }

    @Test
    void shouldNameChangedLeavesByPath() throws Exception {
        assertEquals(List.of("figure.low:1->2", "verdict:\"A\"->\"B\""),
                fields("{\"figure\":{\"low\":1,\"high\":3},\"verdict\":\"A\"}", "{\"figure\":{\"low\":2,\"high\":3},\"verdict\":\"B\"}"));
    }

    @Test
    void shouldCompareArraysPositionByPosition() throws Exception {
        assertEquals(List.of("appearances[1].quote:null->\"q2\""),
                fields("{\"appearances\":[{\"quote\":\"q1\"}]}", "{\"appearances\":[{\"quote\":\"q1\"},{\"quote\":\"q2\"}]}"));
    }

    @Test
    void shouldListEveryFieldOnCreateAndDelete() throws Exception {
        assertEquals(List.of("a:null->1", "b:null->\"x\""), fields(null, "{\"a\":1,\"b\":\"x\"}"));
        assertEquals(List.of("a:1->null"), fields("{\"a\":1}", null));
    }

    @Test
    void shouldFindNothingWhenNothingChanged() throws Exception {
        assertEquals(List.of(), fields("{\"a\":[1,{\"b\":2}]}", "{\"a\":[1,{\"b\":2}]}"));
    }
}
