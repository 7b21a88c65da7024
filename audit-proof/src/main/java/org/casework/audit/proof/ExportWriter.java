package org.casework.audit.proof;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes export lines as NDJSON, one object per line, {@code type} first, fields in the documented order.
 * Details are written in canonical form, so an export's bytes are the same whoever writes it.
 */
public final class ExportWriter implements Flushable, Closeable {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final Writer out;
    private final JsonGenerator json;

    public ExportWriter(Writer out) {
        this.out = out;
        try {
            this.json = FACTORY.createGenerator(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        json.setRootValueSeparator(null);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    public void write(ExportLine line) {
        try {
            json.writeStartObject();
            if (line instanceof ExportLine.Entry entry) {
                writeEntry(entry);
            } else if (line instanceof ExportLine.CheckpointLine checkpoint) {
                writeCheckpoint(checkpoint);
            } else if (line instanceof ExportLine.Range range) {
                json.writeStringField("type", "range");
                writeHashes("before", range.before());
                writeHashes("after", range.after());
            }
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeEntry(ExportLine.Entry entry) throws IOException {
        AuditLeaf leaf = entry.leaf();
        json.writeStringField("type", "entry");
        json.writeNumberField("seq", leaf.seq());
        json.writeStringField("occurredAt", AuditLeaf.formatInstant(leaf.occurredAt()));
        json.writeStringField("subject", leaf.subject());
        json.writeStringField("onBehalfOf", leaf.onBehalfOf());
        json.writeStringField("clientId", leaf.clientId());
        json.writeStringField("roles", leaf.roles());
        json.writeStringField("acr", leaf.acr());
        json.writeStringField("action", leaf.action());
        json.writeStringField("resourceType", leaf.resourceType());
        json.writeStringField("resourceId", leaf.resourceId());
        json.writeStringField("outcome", leaf.outcome());
        json.writeStringField("detailsHash", leaf.detailsHash());
        json.writeStringField("detailsSalt", entry.detailsSalt());
        json.writeFieldName("details");
        if (entry.details() == null) {
            json.writeNull();
        } else {
            json.writeRawValue(CanonicalJson.write(entry.details()));
        }
        json.writeStringField("previousHash", entry.previousHash());
        json.writeStringField("hash", entry.hash());
    }

    private void writeCheckpoint(ExportLine.CheckpointLine checkpoint) throws IOException {
        json.writeStringField("type", "checkpoint");
        json.writeStringField("log", checkpoint.log());
        json.writeNumberField("treeSize", checkpoint.treeSize());
        json.writeStringField("rootHash", checkpoint.rootHash());
        json.writeStringField("time", checkpoint.time().toString());
        json.writeStringField("keyId", checkpoint.keyId());
        json.writeStringField("signature", checkpoint.signature());
    }

    private void writeHashes(String name, List<String> hashes) throws IOException {
        json.writeArrayFieldStart(name);
        for (String hash : hashes) {
            json.writeString(hash);
        }
        json.writeEndArray();
    }

    @Override
    public void flush() throws IOException {
        json.flush();
        out.flush();
    }

    /** Flushes; closing the underlying writer stays with whoever opened it. */
    @Override
    public void close() throws IOException {
        json.close();
        out.flush();
    }
}
