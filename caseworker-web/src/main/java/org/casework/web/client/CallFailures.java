package org.casework.web.client;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JacksonException;

import io.quarkus.arc.ArcInvocationContext;
import io.vertx.core.VertxException;

/**
 * The one place a call that got no answer becomes an {@link ApiUnavailableException}: the service refused the
 * connection, dropped it, or did not answer within the client's read timeout. A timeout is flagged, because the
 * service may have done the work all the same, so a page must not claim that nothing happened. An answer that
 * is not the expected JSON is no such thing: it is a fault, shown with a reference, and the client's own
 * exception for it (which carries the upstream's 200) must not reach the error pages as if it were this
 * application's answer. It is also where a read is tried once more, so that rule is written once, not per call.
 */
@ServiceApi(Service.CASES) // the value does not bind: every interface's calls come here
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 100)
public class CallFailures {

    /** How long a read waits before it is tried again: a restarting pod or a moment's 503, not an outage. */
    static final long READ_AGAIN_AFTER_MILLIS = 200;

    private static final Logger LOG = Logger.getLogger(CallFailures.class);

    /**
     * A read ({@code @GET}) that got no answer is tried once more, unless it timed out: a read that timed out would
     * most likely time out again and double the person's wait. A change is never tried again here: its form carries
     * what makes sending it again safe, and the person decides.
     */
    @AroundInvoke
    Object call(InvocationContext context) throws Exception {
        try {
            return once(context);
        } catch (ApiUnavailableException e) {
            if (!isRead(context.getMethod()) || e.timedOut()) {
                throw e;
            }
            Thread.sleep(READ_AGAIN_AFTER_MILLIS);
            return once(context);
        }
    }

    /** Whether the interface declares the call a GET (the call may arrive on the client's generated class). */
    static boolean isRead(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return true;
        }
        for (Class<?> api : method.getDeclaringClass().getInterfaces()) {
            try {
                if (api.getMethod(method.getName(), method.getParameterTypes()).isAnnotationPresent(GET.class)) {
                    return true;
                }
            } catch (NoSuchMethodException e) {
                // not this interface's method
            }
        }
        return false;
    }

    private static Object once(InvocationContext context) throws Exception {
        try {
            return context.proceed();
        } catch (ProcessingException e) {
            if (!unanswered(e)) {
                throw e;
            }
            String service = label(context);
            boolean timedOut = timedOut(e);
            // the page says only "did not answer": the operator needs to know how, once per failed call
            LOG.warnf("%s did not answer%s (%s): %s", service, timedOut ? " in time" : "", context.getMethod().getName(),
                    rootCause(e));
            throw new ApiUnavailableException(service, e, timedOut);
        } catch (WebApplicationException e) {
            // ApiErrors answers every 4xx and 5xx, so this is an answer the client could not read
            throw new IllegalStateException(label(context) + " answered something that is not the expected JSON", e);
        }
    }

    /** The innermost cause, by class and message: never a request or its headers, so no token reaches the log. */
    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : " " + t.getMessage());
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
