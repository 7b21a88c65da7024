package org.casework.notifications.messaging;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.casework.testing.ConsumedEvents;
import org.casework.testing.EventContract;
import org.junit.jupiter.api.Test;

/**
 * docs/asyncapi/notification-service.yaml says what this service reads: exactly the types it acts on, each under the
 * topic its channel reads, each message the publisher's own (the same schema file as in the publisher's document,
 * which the publisher's events are tested against), and only receive operations: it publishes nothing.
 */
class AsyncApiDocumentTest {

    private static final ConsumedEvents DOCUMENT = ConsumedEvents.of("notification-service");

    private static Properties applicationProperties() throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void theDocumentListsExactlyTheTypesTheServiceActsOnUnderTheTopicsItsChannelsRead() throws IOException {
        Properties config = applicationProperties();
        String notices = config.getProperty("mp.messaging.incoming.notices.topic");
        String representations = config.getProperty("mp.messaging.incoming.representations.topic");

        assertThat(DOCUMENT.typesByTopic(), equalTo(Map.of(
                notices, List.of(EventTypes.NOTICE_GIVEN, EventTypes.NOTICE_WITHDRAWN, EventTypes.NOTICE_VARIED,
                        EventTypes.NOTICE_CANCELLED),
                representations, List.of(EventTypes.WINDOW_OPENED, EventTypes.WINDOW_EXTENDED,
                        EventTypes.REPRESENTATION_SUBMITTED, EventTypes.HEARING_REQUESTED, EventTypes.HEARING_DECIDED,
                        EventTypes.EXTENSION_REQUESTED, EventTypes.EXTENSION_DECIDED))));
        Set<String> documented = new HashSet<>();
        DOCUMENT.typesByTopic().values().forEach(documented::addAll);
        assertThat(documented, equalTo(EventTypes.all()));
        assertThat(DOCUMENT.actions(), equalTo(Set.of("receive")));
    }

    @Test
    void eachMessageIsThePublishersOwnWithTheSchemaThePublishersEventsAreTestedAgainst() {
        for (String publisher : List.of("notice-service", "representation-service")) {
            String topic = EventContract.of(publisher).topic();
            Map<String, Path> theirs = ConsumedEvents.schemaFiles(publisher);
            for (String type : DOCUMENT.typesByTopic().get(topic)) {
                assertThat(type + " in " + publisher + ".yaml", DOCUMENT.schemaByType().get(type),
                        equalTo(theirs.get(type)));
            }
        }
    }
}
