package org.casework.web.client;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Which service an API interface calls, so a refusal or a silence is reported in its name ("the notice service
 * did not answer"). It also binds {@link CallFailures}, which turns a call that got no answer into an
 * {@link ApiUnavailableException}.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({ TYPE, METHOD })
public @interface ServiceApi {

    @Nonbinding
    Service value();
}
