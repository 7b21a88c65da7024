package org.casework.notices;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casework.testing.Sql;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Looks at notice-service's database at the moment each request to open a representation window
 * arrives (before it is answered), so a test can tell whether a window was opened for a notice that
 * was not yet ISSUED.
 */
final class WindowProbe implements ServeEventListener {

    private static final Pattern WINDOW = Pattern.compile("/internal/windows/([0-9a-f-]{36})");
    private static final Map<UUID, List<String>> SEEN = new ConcurrentHashMap<>();

    static List<String> statusesOf(UUID noticeId) {
        return List.copyOf(SEEN.getOrDefault(noticeId, List.of()));
    }

    @Override
    public String getName() {
        return "window-probe";
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public void beforeMatch(ServeEvent serveEvent, Parameters parameters) {
        Matcher m = WINDOW.matcher(serveEvent.getRequest().getUrl());
        if (!"PUT".equals(serveEvent.getRequest().getMethod().getName()) || !m.matches()) {
            return;
        }
        UUID noticeId = UUID.fromString(m.group(1));
        String status = Sql.queryString("select (select status from notice where id = ?)", noticeId);
        SEEN.computeIfAbsent(noticeId, id -> new CopyOnWriteArrayList<>()).add(String.valueOf(status));
    }
}
