package org.casework.platform.idempotency;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.CallerContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Idempotency-Key support: the first request with a key does the work and its answer is kept;
 * a repeat with the same key and the same body gets that answer again without doing the work;
 * the same key with a different body is a 422. The key is claimed in the same transaction as the
 * work, so a failed attempt leaves the key free and a concurrent repeat waits for the first.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION);
    public static final int MAX_KEY_LENGTH = 200;

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final CallerContext caller;

    public Idempotency(EntityManager em, ObjectMapper mapper, Clock clock, CallerContext caller) {
        this.em = em;
        this.mapper = mapper;
        this.clock = clock;
        this.caller = caller;
    }

    /**
     * Runs {@code work} once per (caller, key). {@code operation} names what is being done (method and
     * resource), so a key reused on another resource is refused too.
     */
    @Transactional
    public Response execute(String key, String operation, Object request, Supplier<Response> work) {
        requireValid(key);
        String requestHash = org.casework.platform.digest.Sha256.hex(operation + "\n" + json(request));
        int claimed = em.createNativeQuery("""
                insert into idempotency_record (caller, idempotency_key, operation, request_hash, created_at)
                values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                .setParameter(1, caller.get().subject())
                .setParameter(2, key)
                .setParameter(3, operation)
                .setParameter(4, requestHash)
                .setParameter(5, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
        if (claimed == 0) {
            return replay(key, requestHash);
        }
        Response response = work.get();
        String body = response.hasEntity() ? json(response.getEntity()) : null;
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        em.createNativeQuery("""
                update idempotency_record set response_status = ?1, response_body = ?2, response_headers = cast(?3 as jsonb)
                where caller = ?4 and idempotency_key = ?5""")
                .setParameter(1, response.getStatus())
                .setParameter(2, body)
                .setParameter(3, json(headers))
                .setParameter(4, caller.get().subject())
                .setParameter(5, key)
                .executeUpdate();
        return answer(response.getStatus(), body, headers, false);
    }

    public static void requireValid(String key) {
        if (key == null || key.isEmpty()) {
            throw ProblemException.badRequest("This operation needs an Idempotency-Key header (any unique string "
                    + "of up to " + MAX_KEY_LENGTH + " visible characters)");
        }
        if (key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw ProblemException.badRequest("The Idempotency-Key header must be 1 to " + MAX_KEY_LENGTH
                    + " visible ASCII characters");
        }
    }

    private Response replay(String key, String requestHash) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select request_hash, response_status, response_body, cast(response_headers as text)
                from idempotency_record where caller = ?1 and idempotency_key = ?2""")
                .setParameter(1, caller.get().subject())
                .setParameter(2, key)
                .getSingleResult();
        if (!requestHash.equals(row[0])) {
            throw new ProblemException(new Problem("idempotency-key-reused", "Idempotency-Key reused", 422,
                    "This Idempotency-Key was already used for a different request; use a new key for a new request"));
        }
        if (row[1] == null) {
            throw new IllegalStateException("idempotency record without a response");
        }
        Map<String, String> headers = row[3] == null ? Map.of() : read((String) row[3]);
        return answer(((Number) row[1]).intValue(), (String) row[2], headers, true);
    }

    private static Response answer(int status, String body, Map<String, String> headers, boolean replayed) {
        Response.ResponseBuilder builder = Response.status(status).header(REPLAYED_HEADER, String.valueOf(replayed));
        headers.forEach(builder::header);
        if (body != null) {
            builder.entity(body).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return builder.build();
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer not serialisable", e);
        }
    }

    private Map<String, String> read(String json) {
        try {
            return mapper.readValue(json, new TypeReference<Map<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored headers unreadable", e);
        }
    }
}
