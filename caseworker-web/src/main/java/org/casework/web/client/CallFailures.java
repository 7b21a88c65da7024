package org.casework.web.client;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import com.fasterxml.jackson.core.JacksonException;

import io.quarkus.arc.ArcInvocationContext;
import io.vertx.core.VertxException;

/**
 * The one place a call that got no answer becomes an {@link ApiUnavailableException}: the service refused the
 * connection, dropped it, or did not answer within the client's read timeout. A timeout is flagged, because the
 * service may have done the work all the same, so a page must not claim that nothing happened. An answer that
 * is not the expected JSON is no such thing: it is a fault, shown with a reference, and the client's own
 * exception for it (which carries the upstream's 200) must not reach the error pages as if it were this
 * application's answer. Runs inside fault tolerance's interceptor, so {@code @Retry} sees the exception made here.
 */
@ServiceApi(Service.CASES) // the value does not bind: every interface's calls come here
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 100)
public class CallFailures {

    @AroundInvoke
    Object call(InvocationContext context) throws Exception {
        try {
            return context.proceed();
        } catch (ProcessingException e) {
            if (!unanswered(e)) {
                throw e;
            }
            throw new ApiUnavailableException(label(context), e, timedOut(e));
        } catch (WebApplicationException e) {
            // ApiErrors answers every 4xx and 5xx, so this is an answer the client could not read
            throw new IllegalStateException(label(context) + " answered something that is not the expected JSON", e);
        }
    }

    static boolean unanswered(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException) {
                return false;
            }
            if (t instanceof IOException || t instanceof VertxException || t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof SocketTimeoutException || t instanceof HttpTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String label(InvocationContext context) {
        ServiceApi api = context instanceof ArcInvocationContext arc ? arc.findIterceptorBinding(ServiceApi.class) : null;
        if (api == null) {
            api = context.getMethod().getDeclaringClass().getAnnotation(ServiceApi.class);
        }
        return api == null ? "the service" : api.value().label();
    }
}
