package org.casework.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The examples of RFC 7396 §3 and appendix A. */
class JsonMergePatchTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private JsonNode json(String text) throws Exception {
        return mapper.readTree(text.replace('\'', '"'));
    }

    private void check(String target, String patch, String expected) throws Exception {
        assertEquals(json(expected), JsonMergePatch.apply(json(target), json(patch)));
    }

    @Test
    void replacesAddsAndRemovesMembers() throws Exception {
        check("{'a':'b'}", "{'a':'c'}", "{'a':'c'}");
        check("{'a':'b'}", "{'b':'c'}", "{'a':'b','b':'c'}");
        check("{'a':'b'}", "{'a':null}", "{}");
        check("{'a':'b','b':'c'}", "{'a':null}", "{'b':'c'}");
    }

    @Test
    void replacesArraysWhole() throws Exception {
        check("{'a':['b']}", "{'a':'c'}", "{'a':'c'}");
        check("{'a':'c'}", "{'a':['b']}", "{'a':['b']}");
        check("{'a':[{'b':'c'}]}", "{'a':[1]}", "{'a':[1]}");
    }

    @Test
    void mergesNestedObjects() throws Exception {
        check("{'a':{'b':'c'}}", "{'a':{'b':'d','c':null}}", "{'a':{'b':'d'}}");
        check("{'e':null}", "{'a':1}", "{'e':null,'a':1}");
        check("{}", "{'a':{'bb':{'ccc':null}}}", "{'a':{'bb':{}}}");
    }

    @Test
    void aPatchThatIsNotAnObjectReplacesTheTarget() throws Exception {
        check("{'a':'foo'}", "'bar'", "'bar'");
        check("{'a':'foo'}", "null", "null");
        check("['a','b']", "['c','d']", "['c','d']");
    }
}
