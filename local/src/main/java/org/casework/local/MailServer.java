package org.casework.local;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The local run's mail server: GreenMail, a real SMTP server that keeps every message in memory, with IMAP to read
 * each recipient's mailbox (any password: the local run's mail is for looking at). Nothing leaves the machine.
 */
public final class MailServer implements AutoCloseable {

    public static final int SMTP_PORT = Integer.parseInt(System.getenv().getOrDefault("CASEWORK_LOCAL_SMTP_PORT", "3025"));
    public static final int IMAP_PORT = Integer.parseInt(System.getenv().getOrDefault("CASEWORK_LOCAL_IMAP_PORT", "3143"));

    private final GreenMail server;

    private MailServer(GreenMail server) {
        this.server = server;
    }

    public static MailServer start() {
        GreenMail server = new GreenMail(new ServerSetup[] {
                new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP) })
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        return new MailServer(server);
    }

    public String describe() {
        return "SMTP 127.0.0.1:" + SMTP_PORT + ", IMAP 127.0.0.1:" + IMAP_PORT;
    }

    @Override
    public void close() {
        server.stop();
    }
}
